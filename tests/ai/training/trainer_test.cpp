#include "ai/training/trainer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "ai/training/checkpoint_store.h"
#include "tests/ai/training/toy_training_task.h"

namespace ctlite::ai {
namespace {
namespace fs = std::filesystem;

fs::path fresh_dir(const std::string& name) {
  fs::path dir = fs::path(CTLITE_BINARY_DIR) / "test-output" / "trainer" / name;
  fs::remove_all(dir);
  return dir;
}

TrainerOptions toy_options(const fs::path& dir) {
  TrainerOptions o;
  o.output_dir = dir.string();
  o.total_steps = 9;
  o.micro_batch_size = 2;
  o.accumulation_steps = 2;  // 4 samples per update over a 5-sample set: epochs end mid-batch
  o.schedule.base = 0.05;
  o.schedule.minimum = 0.001;
  o.schedule.warmup_steps = 2;
  o.checkpoint_every = 3;
  o.keep_checkpoints = 2;
  o.seed = 11;
  o.loader_threads = 2;
  return o;
}

TrainingResult train(TrainerOptions options, testing::ToyTask& task) {
  ReporterOptions r;
  r.output_dir = options.output_dir;
  r.progress_bar = false;
  r.json_to_stdout = false;
  TrainingReporter reporter(r);
  Trainer trainer(options, reporter);
  return trainer.run(task, 5, testing::toy_sample);
}

std::vector<std::string> lines_of(const fs::path& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string csv_field(const std::string& row, int column) {
  size_t begin = 0;
  for (int k = 0; k < column; ++k) begin = row.find(',', begin) + 1;
  return row.substr(begin, row.find(',', begin) - begin);
}

TEST(Trainer, ResumedRunMatchesUninterruptedRunBitForBit) {
  const auto straight_dir = fresh_dir("straight"), resumed_dir = fresh_dir("resumed");
  testing::ToyTask straight(1);
  const auto straight_result = train(toy_options(straight_dir), straight);
  EXPECT_TRUE(straight_result.finished);

  auto first_leg = toy_options(resumed_dir);
  first_leg.stop_after_steps = 4;  // not a checkpoint multiple: the stop writes its own
  testing::ToyTask before(1);
  const auto partial = train(first_leg, before);
  EXPECT_EQ(partial.last_step, 4);
  EXPECT_FALSE(partial.finished);

  // Another process would start from other random weights and another generator state.
  torch::manual_seed(999);
  torch::randn({100});
  testing::ToyTask after(7);
  auto second_leg = toy_options(resumed_dir);
  second_leg.resume = true;
  const auto resumed = train(second_leg, after);
  EXPECT_EQ(resumed.first_step, 4);
  EXPECT_TRUE(resumed.finished);

  const auto a = straight.state_dict(), b = after.state_dict();
  ASSERT_EQ(a.size(), b.size());
  for (const auto& entry : a) EXPECT_TRUE(torch::equal(entry.tensor, b.at(entry.name))) << entry.name;
  EXPECT_EQ(straight_result.last_loss, resumed.last_loss);

  // The metrics table of the resumed run is the uninterrupted one (timings aside).
  const auto straight_rows = lines_of(straight_dir / "metrics.csv");
  const auto resumed_rows = lines_of(resumed_dir / "metrics.csv");
  ASSERT_EQ(straight_rows.size(), 10u);
  ASSERT_EQ(resumed_rows.size(), 10u);
  for (size_t i = 1; i < straight_rows.size(); ++i) {
    for (int column = 0; column < 6; ++column)  // step,epoch,samples,loss,mse,lr
      EXPECT_EQ(csv_field(straight_rows[i], column), csv_field(resumed_rows[i], column));
  }
  // keep_checkpoints = 2 of steps 3, 4 (stop), 6, 9.
  CheckpointStore store((resumed_dir / "checkpoints").string(), 2);
  EXPECT_EQ(store.steps(), (std::vector<std::int64_t>{6, 9}));
}

TEST(Trainer, LossFallsOnTheToyProblem) {
  const auto dir = fresh_dir("falls");
  auto options = toy_options(dir);
  options.total_steps = 60;
  options.checkpoint_every = 60;
  testing::ToyTask task(3);
  train(options, task);
  const auto rows = lines_of(dir / "metrics.csv");
  auto loss_at = [&](size_t row) { return std::stod(csv_field(rows[row], 3)); };
  double early = 0, late = 0;
  for (size_t i = 1; i <= 5; ++i) early += loss_at(i);
  for (size_t i = rows.size() - 5; i < rows.size(); ++i) late += loss_at(i);
  EXPECT_LT(late, 0.5 * early);
}

TEST(Trainer, RefusesToOverwriteOrResumeWithOtherSettings) {
  const auto dir = fresh_dir("refuse");
  auto options = toy_options(dir);
  options.total_steps = 3;
  testing::ToyTask task(1);
  train(options, task);
  testing::ToyTask again(1);
  EXPECT_THROW(train(options, again), std::invalid_argument);  // no --resume
  options.resume = true;
  options.micro_batch_size = 1;
  try {
    train(options, again);
    FAIL() << "expected a settings mismatch";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("micro_batch_size"), std::string::npos) << e.what();
  }
}

TEST(Trainer, CancellationWritesACheckpointFirst) {
  const auto dir = fresh_dir("cancel");
  auto options = toy_options(dir);
  options.checkpoint_every = 100;
  testing::ToyTask task(1);
  Progress progress;
  progress.cancel();
  ReporterOptions r;
  r.output_dir = dir.string();
  r.progress_bar = false;
  TrainingReporter reporter(r);
  Trainer trainer(options, reporter);
  EXPECT_THROW(trainer.run(task, 5, testing::toy_sample, progress), OperationCancelled);
  EXPECT_EQ(CheckpointStore((dir / "checkpoints").string(), 2).latest(), 1);
}

}  // namespace
}  // namespace ctlite::ai
