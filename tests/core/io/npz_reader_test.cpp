#include "core/io/npz_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/common/errors.h"
#include "io_test_support.h"

namespace ctlite::core {
namespace {

using testing::ScratchDir;

// numpy writes every variant once per test suite (its import takes seconds on this machine).
class NpzReaderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new ScratchDir();
    testing::run_python_json(R"(
import json, numpy as np
folder = ")" + scratch_->path() +
                             R"("
rng = np.random.default_rng(7)
ct = rng.integers(-1024, 1500, size=(7, 9, 11), dtype=np.int16)
ct[:, :2, :] = -1000  # air, so the values read as Hounsfield units
np.savez(folder + "/stored.npz", ct=ct)
np.savez_compressed(folder + "/deflated.npz", ct=ct)
np.savez_compressed(folder + "/fortran.npz", ct=np.asfortranarray(ct))
np.savez_compressed(folder + "/big_endian.npz", ct=ct.astype(">i2"))
np.savez_compressed(folder + "/float32.npz", ct=ct.astype("<f4") + 0.25)
np.savez_compressed(folder + "/float64.npz", ct=ct.astype("<f8") - 0.5)
np.savez(folder + "/other_name.npz", volume=ct)
np.savez(folder + "/two_arrays.npz", a=ct, b=ct)
np.savez(folder + "/flat.npz", ct=ct[0])
np.savez(folder + "/bool.npz", ct=ct > 0)
ct.astype(np.float32).tofile(folder + "/expected.f32")
print(json.dumps({}))
)");
  }
  static void TearDownTestSuite() { delete scratch_; }
  static std::string file(const std::string& name) { return scratch_->file(name); }
  static std::vector<float> expected() { return testing::read_float32_file(file("expected.f32")); }

 private:
  static ScratchDir* scratch_;
};

ScratchDir* NpzReaderTest::scratch_ = nullptr;

void expect_voxels_near(const Volume& volume, const std::vector<float>& expected, float offset) {
  ASSERT_EQ(volume.voxels.size(), expected.size());
  std::size_t mismatches = 0;
  for (std::size_t i = 0; i < expected.size(); ++i)
    if (volume.voxels[i] != expected[i] + offset) ++mismatches;
  EXPECT_EQ(mismatches, 0u);
}

void expect_input_error_mentioning(const std::string& path, const std::string& text) {
  testing::expect_input_error([&] { read_npz(path); }, path, text);
}

TEST_F(NpzReaderTest, StoredAndDeflatedMatchNumpy) {
  for (const char* name : {"stored.npz", "deflated.npz"}) {
    SCOPED_TRACE(name);
    ReadNotes notes;
    const Volume volume = read_npz(file(name), {}, &notes);
    EXPECT_EQ(volume.dims, (std::array<std::int64_t, 3>{11, 9, 7}));
    EXPECT_EQ(volume.spacing, (std::array<double, 3>{0.8, 0.8, 0.8}));
    EXPECT_EQ(volume.unit, IntensityUnit::Hounsfield);
    EXPECT_EQ(volume.source_format, "npz");
    EXPECT_FALSE(notes.empty()) << "the assumed geometry must be reported";
    expect_voxels_near(volume, expected(), 0.0f);
  }
}

TEST_F(NpzReaderTest, FortranOrderAndOtherDtypesMatchNumpy) {
  expect_voxels_near(read_npz(file("fortran.npz")), expected(), 0.0f);
  expect_voxels_near(read_npz(file("big_endian.npz")), expected(), 0.0f);
  expect_voxels_near(read_npz(file("float32.npz")), expected(), 0.25f);
  expect_voxels_near(read_npz(file("float64.npz")), expected(), -0.5f);
}

TEST_F(NpzReaderTest, SingleArrayUnderAnotherNameIsReadWithANote) {
  ReadNotes notes;
  expect_voxels_near(read_npz(file("other_name.npz"), {}, &notes), expected(), 0.0f);
  EXPECT_NE(notes.front().find("volume.npy"), std::string::npos);
  expect_input_error_mentioning(file("two_arrays.npz"), "a.npy");
}

TEST_F(NpzReaderTest, WrongShapesAndDtypesAreRejected) {
  expect_input_error_mentioning(file("flat.npz"), "2 dimensions");
  expect_input_error_mentioning(file("bool.npz"), "|b1");
}

TEST_F(NpzReaderTest, TruncatedOrCorruptArchivesNameTheFile) {
  ScratchDir scratch;
  const auto stored = testing::read_file_bytes(file("stored.npz"));
  auto cut = stored;
  cut.resize(cut.size() / 2);
  testing::write_file_bytes(scratch.file("cut.npz"), cut);
  expect_input_error_mentioning(scratch.file("cut.npz"), "zip");

  // A flipped voxel byte in a stored entry: only the CRC can tell.
  auto flipped = stored;
  const std::uint8_t magic[] = {0x93, 'N', 'U', 'M', 'P', 'Y'};
  const std::size_t data =
      std::search(flipped.begin(), flipped.end(), std::begin(magic), std::end(magic)) -
      flipped.begin();
  ASSERT_LT(data + 200, flipped.size());
  flipped[data + 200] ^= 0x5A;
  testing::write_file_bytes(scratch.file("flipped.npz"), flipped);
  expect_input_error_mentioning(scratch.file("flipped.npz"), "CRC");

  auto deflated = testing::read_file_bytes(file("deflated.npz"));
  for (std::size_t i = 80; i < 200 && i < deflated.size(); ++i) deflated[i] ^= 0xA5;
  testing::write_file_bytes(scratch.file("garbled.npz"), deflated);
  EXPECT_THROW(read_npz(scratch.file("garbled.npz")), InputError);

  testing::write_file_bytes(scratch.file("text.npz"), {'n', 'o', 'p', 'e'});
  expect_input_error_mentioning(scratch.file("text.npz"), "not a zip");
}

TEST_F(NpzReaderTest, HostileShapesAreRejectedBeforeAllocation) {
  ScratchDir scratch;
  const auto stored = testing::read_file_bytes(file("stored.npz"));
  const std::string original(stored.begin(), stored.end());
  auto patched_with = [&](const std::string& shape) {
    std::string text = original;
    const std::size_t start = text.find("'shape': (");
    const std::size_t end = text.find('\n', start);  // numpy pads the header with spaces
    std::string replacement = "'shape': " + shape + ", }";
    replacement.resize(end - start, ' ');
    text.replace(start, end - start, replacement);
    return std::vector<std::uint8_t>(text.begin(), text.end());
  };
  testing::write_file_bytes(scratch.file("huge.npz"), patched_with("(100000, 100000, 100000)"));
  expect_input_error_mentioning(scratch.file("huge.npz"), "2^31");
  testing::write_file_bytes(scratch.file("larger.npz"), patched_with("(70, 90, 110)"));
  expect_input_error_mentioning(scratch.file("larger.npz"), "shape needs");
}

}  // namespace
}  // namespace ctlite::core
