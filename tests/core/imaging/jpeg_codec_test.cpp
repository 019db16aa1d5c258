#include "core/imaging/jpeg_codec.h"

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <cstdlib>
#include <stdexcept>
#include <thread>

#include "core/common/errors.h"

namespace ctlite::core {
namespace {

std::vector<std::uint8_t> gradient(int width, int height) {
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * height);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      pixels[y * width + x] = static_cast<std::uint8_t>((x + 2 * y) % 256);
  return pixels;
}

int max_abs_difference(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b) {
  int worst = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    worst = std::max(worst, std::abs(int(a[i]) - int(b[i])));
  return worst;
}

// Offset of the first SOF0/SOF1/SOF2 marker (frame header: length, precision, height, width).
std::size_t frame_header_offset(const std::vector<std::uint8_t>& jpeg) {
  for (std::size_t i = 0; i + 9 < jpeg.size(); ++i)
    if (jpeg[i] == 0xFF && (jpeg[i + 1] == 0xC0 || jpeg[i + 1] == 0xC1 || jpeg[i + 1] == 0xC2))
      return i;
  return std::string::npos;
}

TEST(JpegCodec, RoundTripKeepsSizeAndValuesAtHighQuality) {
  const int width = 67, height = 45;  // not multiples of 8: exercises partial MCUs
  const auto pixels = gradient(width, height);
  const auto jpeg = encode_gray8_jpeg(pixels.data(), width, height, 95);
  ASSERT_GT(jpeg.size(), 2u);
  EXPECT_EQ(jpeg[0], 0xFF);
  EXPECT_EQ(jpeg[1], 0xD8);
  const Gray8Image decoded = decode_gray8_jpeg(jpeg.data(), jpeg.size(), "slice.jpg");
  EXPECT_EQ(decoded.width, width);
  EXPECT_EQ(decoded.height, height);
  ASSERT_EQ(decoded.pixels.size(), pixels.size());
  EXPECT_LE(max_abs_difference(decoded.pixels, pixels), 12);
}

TEST(JpegCodec, LowerQualityGivesSmallerFiles) {
  const auto pixels = gradient(128, 128);
  const auto high = encode_gray8_jpeg(pixels.data(), 128, 128, 95);
  const auto low = encode_gray8_jpeg(pixels.data(), 128, 128, 30);
  EXPECT_LT(low.size(), high.size());
}

TEST(JpegCodec, UniformImageDecodesExactly) {
  std::vector<std::uint8_t> pixels(32 * 16, 77);
  const auto jpeg = encode_gray8_jpeg(pixels.data(), 32, 16, 90);
  const Gray8Image decoded = decode_gray8_jpeg(jpeg.data(), jpeg.size(), "flat.jpg");
  EXPECT_EQ(decoded.pixels, pixels);
}

TEST(JpegCodec, RejectsBadEncodeArguments) {
  std::vector<std::uint8_t> pixels(16, 0);
  EXPECT_THROW(encode_gray8_jpeg(nullptr, 4, 4, 90), std::invalid_argument);
  EXPECT_THROW(encode_gray8_jpeg(pixels.data(), 0, 4, 90), std::invalid_argument);
  EXPECT_THROW(encode_gray8_jpeg(pixels.data(), 4, 4, 0), std::invalid_argument);
  EXPECT_THROW(encode_gray8_jpeg(pixels.data(), 4, 4, 101), std::invalid_argument);
}

TEST(JpegCodec, GarbageAndEmptyDataNameTheSource) {
  const std::vector<std::uint8_t> garbage{'n', 'o', 't', ' ', 'a', ' ', 'j', 'p', 'e', 'g'};
  try {
    decode_gray8_jpeg(garbage.data(), garbage.size(), "bad_slice.jpg");
    FAIL() << "garbage decoded";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), "bad_slice.jpg");
  }
  EXPECT_THROW(decode_gray8_jpeg(garbage.data(), 0, "empty.jpg"), InputError);
  EXPECT_THROW(decode_gray8_jpeg(nullptr, 10, "null.jpg"), InputError);
}

TEST(JpegCodec, TruncatedStreamIsAnErrorNotGrayPadding) {
  const auto pixels = gradient(64, 64);
  auto jpeg = encode_gray8_jpeg(pixels.data(), 64, 64, 90);
  jpeg.resize(jpeg.size() / 2);
  try {
    decode_gray8_jpeg(jpeg.data(), jpeg.size(), "cut.jpg");
    FAIL() << "truncated JPEG decoded";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("cut.jpg"), std::string::npos);
  }
}

TEST(JpegCodec, HostileFrameSizeIsRejectedBeforeAllocation) {
  const auto pixels = gradient(16, 16);
  auto jpeg = encode_gray8_jpeg(pixels.data(), 16, 16, 90);
  const std::size_t sof = frame_header_offset(jpeg);
  ASSERT_NE(sof, std::string::npos);
  // Claim 65000 x 65000 pixels (about 4 GiB of gray levels).
  jpeg[sof + 5] = 0xFD;
  jpeg[sof + 6] = 0xE8;
  jpeg[sof + 7] = 0xFD;
  jpeg[sof + 8] = 0xE8;
  try {
    decode_gray8_jpeg(jpeg.data(), jpeg.size(), "huge.jpg");
    FAIL() << "oversized JPEG accepted";
  } catch (const InputError& e) {
    EXPECT_NE(e.problem().find("65000x65000"), std::string::npos) << e.what();
  }
}

// Found by libFuzzer (tests/fuzz/corpus/jpeg_codec/regression-25-bytes-claiming-14651x14136.jpg):
// a frame header and an empty scan made the decoder allocate and clear 207 MB (7 s on CI)
// before it noticed the missing data.
TEST(JpegCodec, FewBytesClaimingAHugeFrameAreRejectedBeforeAllocation) {
  const std::vector<std::uint8_t> jpeg = {0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x37, 0x38,
                                          0x39, 0x3B, 0x01, 0x01, 0x11, 0x00, 0xFF, 0xDA, 0x00,
                                          0x08, 0x01, 0x01, 0x00, 0x3F, 0xF9, 0xFF};
  try {
    decode_gray8_jpeg(jpeg.data(), jpeg.size(), "bomb.jpg");
    FAIL() << "a 25-byte JPEG claiming 14651x14136 pixels was accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), "bomb.jpg");
    EXPECT_NE(e.problem().find("14651x14136"), std::string::npos) << e.what();
  }
}

// The same frame header as arithmetic-coded (SOF9), which has no bytes-per-pixel floor: found
// by the replay fuzzer (regression-arithmetic-25-bytes-claiming-14651x14136.jpg). It must fail
// without clearing or touching the 207 MB it claims.
TEST(JpegCodec, ArithmeticCodedFewBytesClaimingAHugeFrameFailCheaply) {
  const std::vector<std::uint8_t> jpeg = {0xFF, 0xD8, 0xFF, 0xC9, 0x00, 0x0B, 0x08, 0x37, 0x38,
                                          0x39, 0x3B, 0x01, 0x01, 0x11, 0x00, 0xFF, 0xDA, 0x00,
                                          0x08, 0x01, 0x01, 0x00, 0x3F, 0xF9, 0xFF};
  rusage before{}, after{};
  getrusage(RUSAGE_SELF, &before);
  EXPECT_THROW(decode_gray8_jpeg(jpeg.data(), jpeg.size(), "arithmetic.jpg"), InputError);
  getrusage(RUSAGE_SELF, &after);
  EXPECT_LT(after.ru_maxrss - before.ru_maxrss, 64 * 1024) << "KiB touched by a failed decode";
}

// The bytes-per-pixel floor must not refuse the most compressible real slice: a uniform
// 2048 x 2048 image at the lowest quality.
TEST(JpegCodec, UniformLargeImageAtLowestQualityStillDecodes) {
  const std::vector<std::uint8_t> pixels(2048 * 2048, 0);
  const auto jpeg = encode_gray8_jpeg(pixels.data(), 2048, 2048, 1);
  const Gray8Image image = decode_gray8_jpeg(jpeg.data(), jpeg.size(), "black.jpg");
  EXPECT_EQ(image.width, 2048);
  EXPECT_EQ(image.height, 2048);
  EXPECT_LE(max_abs_difference(image.pixels, pixels), 2);  // quality 1 quantizes the DC coarsely
}

TEST(JpegCodec, ThreadsEachUseTheirOwnHandle) {
  const auto pixels = gradient(96, 80);
  const auto reference = encode_gray8_jpeg(pixels.data(), 96, 80, 90);
  std::vector<int> ok(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      bool same = true;
      for (int i = 0; i < 20; ++i) {
        const auto jpeg = encode_gray8_jpeg(pixels.data(), 96, 80, 90);
        const auto image = decode_gray8_jpeg(jpeg.data(), jpeg.size(), "thread.jpg");
        same = same && jpeg == reference && image.width == 96 && image.height == 80;
      }
      ok[t] = same ? 1 : 0;
    });
  for (auto& thread : threads) thread.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(ok[t], 1) << "thread " << t;
}

}  // namespace
}  // namespace ctlite::core
