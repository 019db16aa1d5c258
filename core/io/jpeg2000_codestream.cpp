#include "core/io/jpeg2000_codestream.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>

namespace ctlite::core {
namespace {

constexpr std::uint8_t kStartOfCodestream[] = {0xFF, 0x4F};
constexpr std::uint8_t kSizMarker[] = {0xFF, 0x51};
// JP2 signature box: length 12, type 'jP  ', content 0x0D0A870A.
constexpr std::uint8_t kJp2Signature[] = {0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50,
                                          0x20, 0x20, 0x0D, 0x0A, 0x87, 0x0A};
constexpr std::uint64_t kMaxTiles = 65535;  // A.5.1: at most 65535 tiles

std::uint32_t read_be32(const std::uint8_t* p) {
  return std::uint32_t{p[0]} << 24 | std::uint32_t{p[1]} << 16 | std::uint32_t{p[2]} << 8 | p[3];
}
std::uint16_t read_be16(const std::uint8_t* p) {
  return static_cast<std::uint16_t>(p[0] << 8 | p[1]);
}

// The codestream of a JP2 file lives in its 'jp2c' box; boxes are length + type (I.4).
std::size_t find_contiguous_codestream(const std::uint8_t* bytes, std::size_t size) {
  std::size_t offset = 0;
  while (offset + 8 <= size) {
    std::uint64_t length = read_be32(bytes + offset);
    std::size_t header = 8;
    if (length == 1) {
      if (offset + 16 > size) break;
      length = std::uint64_t{read_be32(bytes + offset + 8)} << 32 | read_be32(bytes + offset + 12);
      header = 16;
    }
    if (std::memcmp(bytes + offset + 4, "jp2c", 4) == 0) return offset + header;
    if (length < header || length > size - offset) break;
    offset += static_cast<std::size_t>(length);
  }
  throw std::runtime_error("JP2 file has no contiguous codestream box");
}

std::uint64_t tiles_along(std::uint32_t extent, std::uint32_t tile_offset, std::uint32_t tile) {
  return (std::uint64_t{extent} - tile_offset + tile - 1) / tile;
}

}  // namespace

std::optional<Jpeg2000ImageSize> read_jpeg2000_image_size(const std::uint8_t* bytes,
                                                          std::size_t size) {
  std::size_t start = 0;
  if (size >= sizeof kJp2Signature && std::memcmp(bytes, kJp2Signature, sizeof kJp2Signature) == 0)
    start = find_contiguous_codestream(bytes, size);
  if (size - start < 2 || std::memcmp(bytes + start, kStartOfCodestream, 2) != 0)
    return std::nullopt;
  const std::uint8_t* siz = bytes + start + 2;
  const std::size_t available = size - start - 2;
  // SIZ must follow SOC directly: marker, Lsiz, Rsiz, 8 x 32-bit sizes, Csiz, 3 bytes/component.
  constexpr std::size_t kFixedPart = 2 + 2 + 2 + 8 * 4 + 2;
  if (available < kFixedPart || std::memcmp(siz, kSizMarker, 2) != 0)
    throw std::runtime_error("JPEG 2000 codestream has no SIZ segment after its start marker");
  const std::uint16_t segment_length = read_be16(siz + 2);
  const std::uint32_t x_size = read_be32(siz + 6), y_size = read_be32(siz + 10);
  const std::uint32_t x_offset = read_be32(siz + 14), y_offset = read_be32(siz + 18);
  const std::uint32_t x_tile = read_be32(siz + 22), y_tile = read_be32(siz + 26);
  const std::uint32_t x_tile_offset = read_be32(siz + 30), y_tile_offset = read_be32(siz + 34);
  const std::uint16_t components = read_be16(siz + 38);
  if (components == 0 || components > 16384)
    throw std::runtime_error("JPEG 2000 SIZ declares " + std::to_string(components) +
                             " components");
  if (segment_length != 38 + 3u * components || available < 2 + std::size_t{segment_length})
    throw std::runtime_error("JPEG 2000 SIZ segment is truncated or has a wrong length");
  if (x_offset >= x_size || y_offset >= y_size || x_tile == 0 || y_tile == 0 ||
      x_tile_offset > x_offset || y_tile_offset > y_offset ||
      std::uint64_t{x_tile_offset} + x_tile <= x_offset ||
      std::uint64_t{y_tile_offset} + y_tile <= y_offset)
    throw std::runtime_error("JPEG 2000 SIZ declares an impossible image or tile grid");
  Jpeg2000ImageSize result;
  result.width = x_size - x_offset;
  result.height = y_size - y_offset;
  result.components = components;
  result.tiles = tiles_along(x_size, x_tile_offset, x_tile) * tiles_along(y_size, y_tile_offset, y_tile);
  if (result.tiles > kMaxTiles)
    throw std::runtime_error("JPEG 2000 SIZ declares " + std::to_string(result.tiles) +
                             " tiles (at most 65535 are allowed)");
  for (std::uint16_t c = 0; c < components; ++c) {
    const std::uint8_t* component = siz + 40 + 3u * c;
    const unsigned depth = (component[0] & 0x7Fu) + 1u;
    if (depth > 38 || component[1] == 0 || component[2] == 0)
      throw std::runtime_error("JPEG 2000 SIZ declares an invalid component " + std::to_string(c));
    result.max_precision_bits = std::max(result.max_precision_bits, depth);
  }
  return result;
}

}  // namespace ctlite::core
