#include "ai/training/checkpoint_store.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "core/common/errors.h"

namespace ctlite::ai {
namespace {
namespace fs = std::filesystem;

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::path(CTLITE_BINARY_DIR) / "test-output" / "checkpoints" / name;
  fs::remove_all(dir);
  return dir;
}

// Every tensor of the checkpoint of step s is filled with s, so a mix of two writes shows.
CheckpointContent content_of(std::int64_t step, std::int64_t elements) {
  CheckpointContent c;
  c.model.insert("w", torch::full({elements}, static_cast<float>(step)));
  c.optimizer.insert("adamw/w/exp_avg", torch::full({elements}, static_cast<float>(step)));
  c.state = {{"marker", step}};
  return c;
}

TEST(CheckpointStore, SaveLoadAndKeepTheNewest) {
  CheckpointStore store(fresh_dir("keep").string(), 2);
  for (std::int64_t step : {5, 10, 15}) store.save(step, content_of(step, 3));
  EXPECT_EQ(store.steps(), (std::vector<std::int64_t>{10, 15}));
  EXPECT_EQ(store.latest(), 15);
  const auto loaded = store.load(15);
  EXPECT_TRUE(torch::equal(loaded.model.at("w"), torch::full({3}, 15.0f)));
  EXPECT_EQ(loaded.state.at("marker"), 15);
  EXPECT_EQ(loaded.state.at("step"), 15);
}

TEST(CheckpointStore, PartialFoldersAreInvisibleAndCleanedUp) {
  const auto dir = fresh_dir("partial");
  CheckpointStore store(dir.string(), 3);
  store.save(1, content_of(1, 2));
  fs::create_directories(dir / ".partial-step-00000002-1-0");
  fs::create_directories(dir / "step-00000003");  // no state.json: not complete
  EXPECT_EQ(store.steps(), (std::vector<std::int64_t>{1}));
  store.remove_partials();
  EXPECT_FALSE(fs::exists(dir / ".partial-step-00000002-1-0"));
}

TEST(CheckpointStore, CorruptCheckpointIsAClearInputError) {
  const auto dir = fresh_dir("corrupt");
  CheckpointStore store(dir.string(), 3);
  store.save(4, content_of(4, 2));
  fs::resize_file(dir / "step-00000004" / "model.safetensors", 10);
  try {
    store.load(4);
    FAIL() << "expected an InputError";
  } catch (const core::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("model.safetensors"), std::string::npos) << e.what();
  }
}

// kill -9 at random moments while a child process writes checkpoints in a loop: every visible
// checkpoint must load completely and hold exactly its own step's values.
TEST(CheckpointStore, KillNineNeverLeavesAPartialCheckpoint) {
  const auto dir = fresh_dir("kill");
  for (int round = 0; round < 4; ++round) {
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      CheckpointStore store(dir.string(), 3);
      for (std::int64_t step = 1 + round * 1000;; ++step) store.save(step, content_of(step, 1 << 18));
    }
    // Wait for the first complete checkpoint, then kill at a different moment each round.
    CheckpointStore watcher(dir.string(), 3);
    for (int i = 0; i < 1000 && watcher.steps().empty(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::this_thread::sleep_for(std::chrono::milliseconds(3 + 29 * round));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status));
    CheckpointStore store(dir.string(), 3);
    ASSERT_FALSE(store.steps().empty()) << "the child wrote nothing in round " << round;
    for (std::int64_t step : store.steps()) {
      const auto c = store.load(step);
      EXPECT_TRUE(torch::equal(c.model.at("w"), torch::full({1 << 18}, static_cast<float>(step))));
      EXPECT_TRUE(torch::equal(c.optimizer.at("adamw/w/exp_avg"),
                               torch::full({1 << 18}, static_cast<float>(step))));
      EXPECT_EQ(c.state.at("marker"), step);
    }
    store.remove_partials();
  }
}

}  // namespace
}  // namespace ctlite::ai
