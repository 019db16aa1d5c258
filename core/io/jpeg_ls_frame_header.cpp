#include "core/io/jpeg_ls_frame_header.h"

#include <stdexcept>
#include <string>

namespace ctlite::core {

namespace {

constexpr std::uint8_t kMarker = 0xFF;
constexpr std::uint8_t kStartOfImage = 0xD8;
constexpr std::uint8_t kStartOfFrameJpegLs = 0xF7;  // SOF55
constexpr std::uint8_t kStartOfScan = 0xDA;

std::uint16_t read_be16(const std::uint8_t* p) { return static_cast<std::uint16_t>(p[0] << 8 | p[1]); }

}  // namespace

std::optional<JpegLsFrameSize> read_jpeg_ls_frame_size(const std::uint8_t* bytes, std::size_t size) {
  if (size < 2 || bytes[0] != kMarker || bytes[1] != kStartOfImage) return std::nullopt;
  std::size_t offset = 2;
  // Marker segments (APPn, COM, LSE presets, ...) up to the frame header: marker, 16-bit length
  // counting itself, payload. Fill bytes (0xFF) may precede a marker.
  while (true) {
    while (offset < size && bytes[offset] == kMarker && offset + 1 < size && bytes[offset + 1] == kMarker) ++offset;
    if (offset + 4 > size) throw std::runtime_error("JPEG-LS codestream ends before its frame header");
    if (bytes[offset] != kMarker) throw std::runtime_error("JPEG-LS codestream: marker expected before the frame header");
    const std::uint8_t marker = bytes[offset + 1];
    const std::size_t length = read_be16(bytes + offset + 2);
    if (length < 2 || length > size - offset - 2)
      throw std::runtime_error("JPEG-LS codestream: marker segment length " + std::to_string(length) +
                               " runs past the data");
    if (marker == kStartOfScan) throw std::runtime_error("JPEG-LS codestream has a scan before any SOF55 frame header");
    if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
      throw std::runtime_error("not a JPEG-LS codestream (frame header SOF" + std::to_string(marker - 0xC0) + ")");
    if (marker == kStartOfFrameJpegLs) {
      // P (8 bits), Y (16), X (16), Nf (8), then 3 bytes per component.
      if (length < 8) throw std::runtime_error("JPEG-LS frame header is truncated");
      const std::uint8_t* header = bytes + offset + 4;
      JpegLsFrameSize frame;
      frame.precision_bits = header[0];
      frame.height = read_be16(header + 1);
      frame.width = read_be16(header + 3);
      frame.components = header[5];
      if (length < 8u + 3u * frame.components) throw std::runtime_error("JPEG-LS frame header is truncated");
      return frame;
    }
    offset += 2 + length;
  }
}

}  // namespace ctlite::core
