#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/common/errors.h"
#include "core/imaging/jpeg_codec.h"
#include "core/io/jpeg_stack_reader.h"
#include "core/imaging/lung_window.h"
#include "core/io/jpeg_stack_writer.h"
#include "io_test_support.h"

namespace ctlite::core {
namespace {

namespace fs = std::filesystem;
using testing::ScratchDir;

Volume smooth_ct(int width, int height, int slices) {
  Volume volume;
  volume.allocate({width, height, slices});
  volume.spacing = {0.75, 0.8, 1.5};
  volume.origin = {-180.0, -170.5, -300.25};
  volume.direction = {1, 0, 0, 0, 0, -1, 0, 1, 0};  // a coronal-like stack
  for (int z = 0; z < slices; ++z)
    for (int y = 0; y < height; ++y)
      for (int x = 0; x < width; ++x)
        volume.at(x, y, z) = static_cast<float>(-1100 + 12 * x + 9 * y + 40 * z);
  volume.unit = IntensityUnit::Hounsfield;
  volume.source_path = "smooth.nii.gz";
  return volume;
}

void write_uniform_slice(const std::string& path, int width, int height, std::uint8_t level) {
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * height, level);
  testing::write_file_bytes(path, encode_gray8_jpeg(pixels.data(), width, height, 95));
}

TEST(JpegStack, RoundTripKeepsGeometryWindowAndGrayLevels) {
  ScratchDir scratch;
  const Volume ct = smooth_ct(64, 48, 12);
  const std::string folder = scratch.file("stack");
  JpegStackWriteOptions options;
  options.window = {-600.0, 1500.0};
  options.quality = 95;
  options.source_description = "phantom";
  const JpegStackSummary summary = write_jpeg_stack(ct, folder, options);
  EXPECT_EQ(summary.slice_count, 12);
  EXPECT_EQ(summary.raw_bytes, ct.voxel_count() * 2);

  ReadNotes notes;
  const Volume back = read_jpeg_stack(folder, {}, &notes);
  EXPECT_TRUE(notes.empty());
  EXPECT_EQ(back.dims, ct.dims);
  EXPECT_EQ(back.spacing, ct.spacing);
  EXPECT_EQ(back.origin, ct.origin);
  EXPECT_EQ(back.direction, ct.direction);
  EXPECT_EQ(back.unit, IntensityUnit::WindowedGray);
  EXPECT_DOUBLE_EQ(back.stored_window.center, -600.0);
  EXPECT_DOUBLE_EQ(back.stored_window.width, 1500.0);
  EXPECT_EQ(back.metadata.series_description, "phantom");
  EXPECT_EQ(back.source_format, "jpeg-stack");
  float worst = 0;
  for (int z = 0; z < 12; ++z)
    for (int y = 0; y < 48; ++y)
      for (int x = 0; x < 64; ++x)
        worst = std::max(
            worst, std::abs(back.at(x, y, z) - window_to_gray8(ct.at(x, y, z), options.window)));
  EXPECT_LE(worst, 4.0f);

  const std::string manifest_path = folder + "/manifest.json";
  const auto manifest = nlohmann::json::parse(std::ifstream(manifest_path));
  std::uint64_t total = 0;
  for (const auto& file : manifest.at("files")) {
    EXPECT_EQ(fs::file_size(folder + "/" + file.at("name").get<std::string>()),
              file.at("bytes").get<std::uint64_t>());
    total += file.at("bytes").get<std::uint64_t>();
  }
  EXPECT_EQ(manifest.at("total_bytes").get<std::uint64_t>(), total);
  EXPECT_EQ(summary.jpeg_bytes, total);
}

TEST(JpegStack, WindowMapsHounsfieldToGrayLevels) {
  const DisplayWindow lung{-600.0, 1500.0};
  EXPECT_EQ(window_to_gray8(-1350.0f, lung), 0);
  EXPECT_EQ(window_to_gray8(-2000.0f, lung), 0);
  EXPECT_EQ(window_to_gray8(150.0f, lung), 255);
  EXPECT_EQ(window_to_gray8(-600.0f, lung), 128);  // 127.5 rounds half away from zero
  EXPECT_EQ(window_to_gray8(-1050.0f, lung), 51);
}

TEST(JpegStack, SlicesFollowNaturalOrderAndOtherFilesAreIgnored) {
  ScratchDir scratch;
  write_uniform_slice(scratch.file("slice10.jpg"), 16, 8, 30);
  write_uniform_slice(scratch.file("slice2.JPEG"), 16, 8, 20);
  write_uniform_slice(scratch.file("slice1.jpg"), 16, 8, 10);
  write_uniform_slice(scratch.file(".slice0.jpg"), 16, 8, 99);
  testing::write_file_bytes(scratch.file("notes.txt"), {'x'});
  ReadNotes notes;
  const Volume volume = read_jpeg_stack(scratch.path(), {}, &notes);
  ASSERT_EQ(volume.dims[2], 3);
  EXPECT_FLOAT_EQ(volume.at(3, 3, 0), 10.0f);
  EXPECT_FLOAT_EQ(volume.at(3, 3, 1), 20.0f);
  EXPECT_FLOAT_EQ(volume.at(3, 3, 2), 30.0f);
  EXPECT_EQ(volume.spacing, (std::array<double, 3>{1, 1, 1}));
  EXPECT_TRUE(testing::has_note_containing(notes, "stack.json"))
      << "missing sidecar must be reported";
}

TEST(JpegStack, MismatchedOrCorruptSlicesNameTheFile) {
  ScratchDir scratch;
  write_uniform_slice(scratch.file("a1.jpg"), 16, 8, 10);
  write_uniform_slice(scratch.file("a2.jpg"), 16, 9, 10);
  try {
    read_jpeg_stack(scratch.path());
    FAIL() << "mixed slice sizes accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), scratch.file("a2.jpg"));
  }
  testing::write_file_bytes(scratch.file("a2.jpg"), {0xFF, 0xD8, 0xFF, 0x00, 0x12});
  try {
    read_jpeg_stack(scratch.path());
    FAIL() << "corrupt slice accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), scratch.file("a2.jpg"));
  }
}

TEST(JpegStack, EmptyFolderAndBadSidecarAreClearErrors) {
  ScratchDir scratch;
  EXPECT_THROW(read_jpeg_stack(scratch.path()), InputError);
  EXPECT_THROW(read_jpeg_stack(scratch.file("missing")), InputError);
  write_uniform_slice(scratch.file("s1.jpg"), 8, 8, 10);
  for (const std::string sidecar : {"{not json", R"({"spacing": [1, 0, 1]})",
                                    R"({"window": {"center": 0}})", R"({"direction": [1,2,3]})"}) {
    std::ofstream(scratch.file("stack.json")) << sidecar;
    try {
      read_jpeg_stack(scratch.path());
      FAIL() << "accepted sidecar " << sidecar;
    } catch (const InputError& e) {
      EXPECT_EQ(e.path(), scratch.file("stack.json"));
    }
  }
}

TEST(JpegStack, WriterRefusesExistingFoldersAndNonHounsfieldVolumes) {
  ScratchDir scratch;
  const Volume ct = smooth_ct(8, 8, 2);
  EXPECT_THROW(write_jpeg_stack(ct, scratch.path()), OutputError);
  Volume gray = ct;
  gray.unit = IntensityUnit::WindowedGray;
  EXPECT_THROW(write_jpeg_stack(gray, scratch.file("gray")), InputError);
  EXPECT_FALSE(fs::exists(scratch.file("gray")));
}

TEST(JpegStack, CancelledWriteLeavesNothingBehind) {
  ScratchDir scratch;
  ctlite::Progress progress;
  progress.cancel();
  EXPECT_THROW(write_jpeg_stack(smooth_ct(16, 16, 6), scratch.file("out"), {}, progress),
               ctlite::OperationCancelled);
  EXPECT_TRUE(fs::is_empty(scratch.path())) << "no partial folder may remain";
}

}  // namespace
}  // namespace ctlite::core
