// The JPEG decoder (libjpeg-turbo through TurboJPEG) on arbitrary bytes: baseline, progressive,
// colour and damaged streams; sizes beyond kMaxJpegSide are refused before allocating. A decoded
// image must survive an encode/decode round trip with its size intact.

#include <cstddef>
#include <cstdint>

#include "core/common/errors.h"
#include "core/imaging/jpeg_codec.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ctlite;
  core::Gray8Image image;
  try {
    image = core::decode_gray8_jpeg(data, size, "<fuzz input>");
  } catch (const core::InputError&) {
    return 0;
  }
  fuzz::require(image.width >= 1 && image.height >= 1 && image.width <= core::kMaxJpegSide &&
                    image.height <= core::kMaxJpegSide,
                "decoded size outside 1..kMaxJpegSide");
  fuzz::require(image.pixels.size() ==
                    static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height),
                "pixel count does not match the size");
  // Re-encoding large images would dominate the run time without testing anything new.
  if (image.pixels.size() > (std::size_t{1} << 20)) return 0;
  const int quality = size > 0 ? 1 + data[size - 1] % 100 : 90;
  const auto encoded = core::encode_gray8_jpeg(image.pixels.data(), image.width, image.height,
                                               quality);
  const core::Gray8Image again = core::decode_gray8_jpeg(encoded.data(), encoded.size(), "<again>");
  fuzz::require(again.width == image.width && again.height == image.height,
                "encode/decode changed the image size");
  return 0;
}
