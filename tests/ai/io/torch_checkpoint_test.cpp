#include "ai/io/torch_checkpoint.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "ai/io/pickle_scanner.h"
#include "ai/io/safetensors.h"
#include "ai/io/state_dict_unpickler.h"
#include "ai/io/weights_file.h"
#include "core/common/errors.h"

namespace ctlite::ai {
namespace {

namespace fs = std::filesystem;

const std::string kGolden = std::string(CTLITE_SHARED_DIR) + "/reference/golden/";

void expect_same_tensors(const StateDict& actual, const StateDict& expected) {
  ASSERT_EQ(actual.names(), expected.names());
  for (const auto& entry : expected) {
    const auto& tensor = actual.at(entry.name);
    EXPECT_EQ(tensor.sizes(), entry.tensor.sizes()) << entry.name;
    EXPECT_TRUE(torch::equal(tensor, entry.tensor)) << entry.name;
  }
}

TEST(TorchCheckpoint, GoldenPtMatchesGoldenSafetensors) {
  const StateDict expected = read_safetensors(kGolden + "tiny_ctvit.safetensors").tensors;
  const StateDict loaded = read_torch_checkpoint(kGolden + "tiny_ctvit.pt");
  expect_same_tensors(loaded, expected);
  EXPECT_EQ(loaded.at("enc_temporal_transformer.layers.1.1.null_kv").sizes(),
            (std::vector<int64_t>{4, 0, 16}));
  // Dispatch by content, not by extension.
  expect_same_tensors(read_weights_file(kGolden + "tiny_ctvit.pt"), expected);
  expect_same_tensors(read_weights_file(kGolden + "tiny_ctvit.safetensors"), expected);
}

TEST(TorchCheckpoint, CtClipCheckpointHoldsPrefixedEncoderAndHead) {
  const StateDict checkpoint = read_torch_checkpoint(kGolden + "tiny_ctvit_ctclip.pt");
  expect_same_tensors(checkpoint.with_prefix_stripped("visual_transformer."),
                      read_safetensors(kGolden + "tiny_ctvit.safetensors").tensors);
  const StateDict head = read_safetensors(kGolden + "tiny_ctvit_clip_head.safetensors").tensors;
  for (const auto& entry : head)
    EXPECT_TRUE(torch::equal(checkpoint.at(entry.name), entry.tensor)) << entry.name;
  EXPECT_EQ(checkpoint.at("temperature").dim(), 0);
}

TEST(TorchCheckpoint, ReadsOnlySelectedTensors) {
  const StateDict visual = read_torch_checkpoint(
      kGolden + "tiny_ctvit_ctclip.pt",
      [](const std::string& name) { return name.rfind("visual_transformer.", 0) == 0; });
  EXPECT_EQ(visual.size(), 93u);
  EXPECT_FALSE(visual.contains("to_visual_latent.weight"));
}

TEST(StateDictUnpickler, RejectsNonStateDictsWithoutRecursion) {
  using namespace std::string_literals;
  // Deeply nested 1-tuples, and a list that contains itself.
  const std::string deep = "\x80\x02)"s + std::string(200000, '\x85') + ".";
  EXPECT_THROW(unpickle_state_dict(deep, "deep"), core::InputError);
  EXPECT_THROW(unpickle_state_dict("]q\x00h\x00a."s, "cycle"), core::InputError);
  EXPECT_THROW(unpickle_state_dict("}X\x01\x00\x00\x00aK\x01s."s, "int"), core::InputError);
  EXPECT_THROW(unpickle_state_dict("}0."s, "underflow"), core::InputError);
  EXPECT_THROW(unpickle_state_dict("(}."s, "mark"), core::InputError);
  EXPECT_TRUE(unpickle_state_dict("}."s, "empty").empty());
}

TEST(PickleScanner, ListsGlobalsOfEveryForm) {
  // Protocol 0: GLOBAL and INST with inline names.
  auto globals = scan_pickle_globals("cos\nsystem\n(S'ls'\ntR(ibuiltins\nlist\n0.", "p0");
  ASSERT_EQ(globals.size(), 2u);
  EXPECT_EQ(globals[0].qualified(), "os.system");
  EXPECT_EQ(globals[1].qualified(), "builtins.list");
  // Protocol 4: STACK_GLOBAL from two memoised strings, the second fetched back from the memo.
  using namespace std::string_literals;  // the streams contain NUL bytes
  const std::string p4 = "\x80\x04\x8c\x05posix\x94\x8c\x06system\x94\x93\x94"s + "h\x01\x85R.";
  globals = scan_pickle_globals(p4, "p4");
  ASSERT_EQ(globals.size(), 1u);
  EXPECT_EQ(globals[0].qualified(), "posix.system");
  const std::string p4_memo = "\x80\x04\x8c\x05posix\x94\x8c\x06system\x94"s + "0h\x00h\x01\x93."s;
  EXPECT_EQ(scan_pickle_globals(p4_memo, "p4").at(0).qualified(), "posix.system");
}

TEST(PickleScanner, RefusesWhatItCannotCheck) {
  EXPECT_THROW(scan_pickle_globals("", "s"), core::InputError);
  EXPECT_THROW(scan_pickle_globals("cos\nsys", "s"), core::InputError);  // truncated
  EXPECT_THROW(scan_pickle_globals("\x80\x02X\xff\xff\x00\x00ab.", "s"), core::InputError);
  EXPECT_THROW(scan_pickle_globals(std::string("\x82\x01.", 3), "s"), core::InputError);  // EXT1
  EXPECT_THROW(scan_pickle_globals("N)\x93.", "s"), core::InputError);  // opaque STACK_GLOBAL
  EXPECT_THROW(scan_pickle_globals("N.N", "s"), core::InputError);      // after STOP
  EXPECT_THROW(scan_pickle_globals("\xff.", "s"), core::InputError);    // unknown opcode
}

class HostileCheckpoints : public ::testing::Test {
 protected:
  // The samples are generated once for the whole suite (a Python start costs ~1 s here).
  static void SetUpTestSuite() {
    folder_ = fs::temp_directory_path() / ("ctlite_ckpt_" + std::to_string(::getpid()));
    fs::create_directories(folder_);
    marker_ = (folder_ / "pwned").string();
    if (std::system("/usr/bin/python3 -c 'import zipfile, pickle' 2>/dev/null") != 0) return;
    const std::string command = "/usr/bin/python3 " CTLITE_SOURCE_DIR
                                "/tests/ai/io/make_hostile_checkpoints.py " +
                                kGolden + "tiny_ctvit.pt " + folder_.string() + " " + marker_;
    generated_ = std::system(command.c_str()) == 0;
  }
  static void TearDownTestSuite() { fs::remove_all(folder_); }
  void SetUp() override {
    if (!generated_) GTEST_SKIP() << "/usr/bin/python3 could not generate the samples";
  }

  // The error text; fails the test unless an InputError naming the file is thrown.
  std::string load_error(const std::string& name) {
    const std::string path = (folder_ / (name + ".pt")).string();
    try {
      read_weights_file(path);
    } catch (const core::InputError& e) {
      EXPECT_EQ(e.path(), path);
      return e.what();
    }
    ADD_FAILURE() << name << " loaded";
    return {};
  }

  static inline fs::path folder_;
  static inline std::string marker_;
  static inline bool generated_ = false;
};

TEST_F(HostileCheckpoints, ForbiddenGlobalsAreRefusedBeforeUnpickling) {
  EXPECT_NE(load_error("swapped_global").find("'posix.system'"), std::string::npos);
  EXPECT_NE(load_error("os_system_protocol2").find("'posix.system'"), std::string::npos);
  EXPECT_NE(load_error("os_system_protocol4").find("'posix.system'"), std::string::npos);
  EXPECT_NE(load_error("builtins_eval").find("eval'"), std::string::npos);
  EXPECT_FALSE(fs::exists(marker_));
}

TEST_F(HostileCheckpoints, NestedStateDictLoads) {
  const StateDict nested = read_torch_checkpoint((folder_ / "nested.pt").string());
  expect_same_tensors(nested, read_safetensors(kGolden + "tiny_ctvit.safetensors").tensors);
}

TEST_F(HostileCheckpoints, BrokenFilesGiveClearErrors) {
  EXPECT_NE(load_error("compressed").find("compressed"), std::string::npos);
  EXPECT_NE(load_error("truncated_pickle").find("truncated"), std::string::npos);
  EXPECT_NE(load_error("missing_record").find("is missing"), std::string::npos);
  EXPECT_NE(load_error("non_tensor_entry").find("not a tensor"), std::string::npos);
  EXPECT_NE(load_error("truncated_half").find("ZIP"), std::string::npos);
  EXPECT_NE(load_error("truncated_tail").find("ZIP"), std::string::npos);
  EXPECT_NE(load_error("not_a_zip").find("ZIP"), std::string::npos);
  EXPECT_NE(load_error("corrupt_directory").find("runs past"), std::string::npos)
      << load_error("corrupt_directory");
}

}  // namespace
}  // namespace ctlite::ai
