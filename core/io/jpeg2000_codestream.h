#pragma once
// Reads the image size (SIZ marker segment) at the head of a JPEG 2000 codestream, so that a
// DICOM frame whose codestream disagrees with its header is refused before OpenJPEG allocates
// for it (ISO/IEC 15444-1 Annex A.5.1).

#include <cstddef>
#include <cstdint>
#include <optional>

namespace ctlite::core {

struct Jpeg2000ImageSize {
  std::uint32_t width = 0;   // Xsiz - XOsiz
  std::uint32_t height = 0;  // Ysiz - YOsiz
  std::uint16_t components = 0;
  std::uint64_t tiles = 0;
  unsigned max_precision_bits = 0;  // largest component bit depth
};

// nullopt when the bytes do not start a codestream (SOC) — e.g. a continuation fragment of a
// frame. A codestream whose SIZ segment is truncated or inconsistent throws std::runtime_error
// with the reason. A JP2 file wrapper in front of the codestream is skipped.
std::optional<Jpeg2000ImageSize> read_jpeg2000_image_size(const std::uint8_t* bytes,
                                                          std::size_t size);

}  // namespace ctlite::core
