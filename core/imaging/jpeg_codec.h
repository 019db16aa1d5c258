#pragma once
// 8-bit grayscale JPEG encode/decode (libjpeg-turbo's TurboJPEG API): the storage format of
// lung-windowed slice stacks that the distilled student reads.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ctlite::core {

// Decoded slices larger than this on either side are rejected before any allocation: CT slices
// are at most 2048 wide, and a hostile header may claim 65535 x 65535 (4 GiB).
constexpr int kMaxJpegSide = 16384;

struct Gray8Image {
  int width = 0, height = 0;
  std::vector<std::uint8_t> pixels;  // row-major, width * height bytes
};

// Encodes width x height gray levels (row-major, no padding) as a baseline grayscale JPEG.
// quality is libjpeg's 1..100 scale. Throws std::invalid_argument on bad arguments.
std::vector<std::uint8_t> encode_gray8_jpeg(const std::uint8_t* pixels, int width, int height,
                                            int quality);

// Decodes any JPEG that libjpeg-turbo reads (colour images keep their luminance) to 8-bit gray.
// Corrupt, truncated or oversized data throws InputError naming source_name.
Gray8Image decode_gray8_jpeg(const std::uint8_t* data, std::size_t size,
                             const std::string& source_name);

}  // namespace ctlite::core
