// The JPEG 2000 SIZ check that keeps inconsistent codestreams away from OpenJPEG.

#include "core/io/jpeg2000_codestream.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <vector>

#include "core/common/errors.h"
#include "core/io/dicom_series_reader.h"
#include "tests/core/io/dicom_test_support.h"

namespace ctlite::core {
namespace {

using Bytes = std::vector<std::uint8_t>;

void put32(Bytes& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<std::uint8_t>(v >> shift));
}

// SOC + SIZ for a single-component image with the given grid.
Bytes codestream(std::uint32_t width, std::uint32_t height, std::uint32_t tile_w,
                 std::uint32_t tile_h, std::uint8_t depth_minus_one = 15) {
  Bytes out{0xFF, 0x4F, 0xFF, 0x51, 0x00, 41, 0x00, 0x00};
  for (std::uint32_t v : {width, height, 0u, 0u, tile_w, tile_h, 0u, 0u}) put32(out, v);
  out.insert(out.end(), {0x00, 0x01, depth_minus_one, 0x01, 0x01});
  out.insert(out.end(), {0xFF, 0x52});  // the next marker, never read
  return out;
}

TEST(Jpeg2000Codestream, ReadsImageSizeTilesAndDepth) {
  const Bytes bytes = codestream(512, 300, 128, 128, 11);
  const auto size = read_jpeg2000_image_size(bytes.data(), bytes.size());
  ASSERT_TRUE(size.has_value());
  EXPECT_EQ(size->width, 512u);
  EXPECT_EQ(size->height, 300u);
  EXPECT_EQ(size->components, 1u);
  EXPECT_EQ(size->tiles, 4u * 3u);
  EXPECT_EQ(size->max_precision_bits, 12u);
}

TEST(Jpeg2000Codestream, ContinuationFragmentIsNotACodestream) {
  const Bytes bytes{0x12, 0x34, 0x56, 0x78};
  EXPECT_FALSE(read_jpeg2000_image_size(bytes.data(), bytes.size()).has_value());
}

TEST(Jpeg2000Codestream, RefusesTruncatedAndImpossibleHeaders) {
  Bytes truncated = codestream(64, 64, 64, 64);
  truncated.resize(20);
  EXPECT_THROW(read_jpeg2000_image_size(truncated.data(), truncated.size()), std::runtime_error);
  const Bytes zero_tile = codestream(64, 64, 0, 64);
  EXPECT_THROW(read_jpeg2000_image_size(zero_tile.data(), zero_tile.size()), std::runtime_error);
  const Bytes too_many_tiles = codestream(1u << 20, 1u << 10, 1, 1);
  try {
    read_jpeg2000_image_size(too_many_tiles.data(), too_many_tiles.size());
    FAIL() << "a grid of 2^30 tiles was accepted";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("tiles"), std::string::npos) << error.what();
  }
}

TEST(Jpeg2000Codestream, FindsTheCodestreamInsideAJp2Wrapper) {
  Bytes bytes{0x00, 0x00, 0x00, 0x0C, 'j', 'P', ' ', ' ', 0x0D, 0x0A, 0x87, 0x0A,
              0x00, 0x00, 0x00, 0x14, 'f', 't', 'y', 'p', 'j', 'p', '2', ' ',
              0x00, 0x00, 0x00, 0x00, 'j', 'p', '2', ' '};
  const Bytes stream = codestream(32, 16, 32, 16);
  put32(bytes, static_cast<std::uint32_t>(8 + stream.size()));
  bytes.insert(bytes.end(), {'j', 'p', '2', 'c'});
  bytes.insert(bytes.end(), stream.begin(), stream.end());
  const auto size = read_jpeg2000_image_size(bytes.data(), bytes.size());
  ASSERT_TRUE(size.has_value());
  EXPECT_EQ(size->width, 32u);
  EXPECT_EQ(size->height, 16u);
}

// A fuzzer found that a 64x64 DICOM image whose codestream claims 2883648 columns made GDCM
// allocate over a gigabyte and then crash inside OpenJPEG.
TEST(Jpeg2000Codestream, DicomFrameLargerThanItsHeaderIsRefusedBeforeDecoding) {
  const std::string source = dicom_test::dicom_data("encodings/MR_small_jp2klossless.dcm");
  std::ifstream in(source, std::ios::binary);
  Bytes file{std::istreambuf_iterator<char>(in), {}};
  const Bytes siz_start{0xFF, 0x4F, 0xFF, 0x51};
  const auto soc = std::search(file.begin(), file.end(), siz_start.begin(), siz_start.end());
  ASSERT_NE(soc, file.end());
  const std::size_t xsiz = static_cast<std::size_t>(soc - file.begin()) + 8;
  file[xsiz] = 0x00, file[xsiz + 1] = 0x2C, file[xsiz + 2] = 0x00, file[xsiz + 3] = 0x40;

  testing::ScratchDir scratch;
  const std::string damaged = scratch.file("wide.dcm");
  std::ofstream(damaged, std::ios::binary)
      .write(reinterpret_cast<const char*>(file.data()), static_cast<std::streamsize>(file.size()));
  try {
    read_dicom_series(damaged);
    FAIL() << "the inconsistent codestream was decoded";
  } catch (const InputError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("wide.dcm"), std::string::npos) << message;
    EXPECT_NE(message.find("2883648x64"), std::string::npos) << message;
  }
}

}  // namespace
}  // namespace ctlite::core
