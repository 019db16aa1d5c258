// The JPEG-LS SOF55 check that keeps codestreams disagreeing with Rows/Columns away from DCMTK.
#include "core/io/jpeg_ls_frame_header.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace ctlite::core {
namespace {

using Bytes = std::vector<std::uint8_t>;

// SOI, an APP8 segment, an LSE-free SOF55 of one component, then SOS.
Bytes codestream(std::uint16_t width, std::uint16_t height, std::uint8_t frame_marker = 0xF7) {
  Bytes bytes{0xFF, 0xD8, 0xFF, 0xE8, 0x00, 0x04, 'x', 'y'};
  const Bytes frame{0xFF, frame_marker, 0x00, 0x0B, 12, static_cast<std::uint8_t>(height >> 8),
                    static_cast<std::uint8_t>(height), static_cast<std::uint8_t>(width >> 8),
                    static_cast<std::uint8_t>(width), 1, 1, 0x11, 0x00};
  bytes.insert(bytes.end(), frame.begin(), frame.end());
  const Bytes scan{0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0, 0};
  bytes.insert(bytes.end(), scan.begin(), scan.end());
  return bytes;
}

TEST(JpegLsFrameHeader, ReadsTheFrameSizeAfterOtherSegments) {
  const Bytes bytes = codestream(512, 300);
  const auto frame = read_jpeg_ls_frame_size(bytes.data(), bytes.size());
  ASSERT_TRUE(frame.has_value());
  EXPECT_EQ(frame->width, 512u);
  EXPECT_EQ(frame->height, 300u);
  EXPECT_EQ(frame->components, 1u);
  EXPECT_EQ(frame->precision_bits, 12u);
}

TEST(JpegLsFrameHeader, AContinuationFragmentIsNoCodestream) {
  const Bytes bytes{0x12, 0x34, 0xFF, 0xD8};
  EXPECT_FALSE(read_jpeg_ls_frame_size(bytes.data(), bytes.size()).has_value());
}

TEST(JpegLsFrameHeader, RefusesTruncatedForeignOrHeaderlessCodestreams) {
  const Bytes whole = codestream(64, 64);
  for (std::size_t cut : {std::size_t{3}, std::size_t{7}, std::size_t{12}, std::size_t{18}}) {
    const Bytes truncated(whole.begin(), whole.begin() + static_cast<long>(cut));
    EXPECT_THROW(read_jpeg_ls_frame_size(truncated.data(), truncated.size()), std::runtime_error) << cut;
  }
  const Bytes baseline = codestream(64, 64, 0xC0);
  EXPECT_THROW(read_jpeg_ls_frame_size(baseline.data(), baseline.size()), std::runtime_error);
  const Bytes scan_first{0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0, 0};
  EXPECT_THROW(read_jpeg_ls_frame_size(scan_first.data(), scan_first.size()), std::runtime_error);
}

}  // namespace
}  // namespace ctlite::core
