#include "core/phantoms/png_writer.h"

#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "core/common/errors.h"

namespace ctlite::core {

namespace {

void put32(std::vector<std::uint8_t>& out, std::uint32_t v) {
  out.push_back(static_cast<std::uint8_t>(v >> 24));
  out.push_back(static_cast<std::uint8_t>(v >> 16));
  out.push_back(static_cast<std::uint8_t>(v >> 8));
  out.push_back(static_cast<std::uint8_t>(v));
}

void put_chunk(std::vector<std::uint8_t>& out, const char type[5],
               const std::vector<std::uint8_t>& data) {
  put32(out, static_cast<std::uint32_t>(data.size()));
  const std::size_t type_at = out.size();
  out.insert(out.end(), type, type + 4);
  out.insert(out.end(), data.begin(), data.end());
  // The CRC covers the chunk type and data, not the length.
  const uLong crc = crc32(0L, out.data() + type_at, static_cast<uInt>(4 + data.size()));
  put32(out, static_cast<std::uint32_t>(crc));
}

}  // namespace

void write_gray_png(const std::string& path, int width, int height,
                    const std::vector<std::uint8_t>& pixels) {
  if (width <= 0 || height <= 0 || pixels.size() != static_cast<std::size_t>(width) * height)
    throw OutputError(path, "preview image has inconsistent size");
  // Each scanline starts with its filter type; "Up" (2) predicts from the row above, which
  // suits smooth CT images and shrinks the file by about a third.
  std::vector<std::uint8_t> raw;
  raw.reserve(static_cast<std::size_t>(width + 1) * height);
  for (int y = 0; y < height; ++y) {
    raw.push_back(y == 0 ? 0 : 2);
    const std::uint8_t* row = pixels.data() + static_cast<std::size_t>(y) * width;
    for (int x = 0; x < width; ++x)
      raw.push_back(y == 0 ? row[x] : static_cast<std::uint8_t>(row[x] - row[x - width]));
  }
  uLongf packed_size = compressBound(static_cast<uLong>(raw.size()));
  std::vector<std::uint8_t> packed(packed_size);
  if (compress2(packed.data(), &packed_size, raw.data(), static_cast<uLong>(raw.size()), 9) != Z_OK)
    throw OutputError(path, "could not compress the preview image");
  packed.resize(packed_size);

  std::vector<std::uint8_t> png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  std::vector<std::uint8_t> header;
  put32(header, static_cast<std::uint32_t>(width));
  put32(header, static_cast<std::uint32_t>(height));
  header.insert(header.end(), {8, 0, 0, 0, 0});  // 8-bit grayscale, deflate, no interlace
  put_chunk(png, "IHDR", header);
  put_chunk(png, "IDAT", packed);
  put_chunk(png, "IEND", {});

  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(png.data()), static_cast<std::streamsize>(png.size()));
    if (!out) {
      std::remove(temporary.c_str());
      throw OutputError(path, "could not write the preview image");
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::remove(temporary.c_str());
    throw OutputError(path, "could not move the preview image into place: " + error.message());
  }
}

}  // namespace ctlite::core
