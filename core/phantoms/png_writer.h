#pragma once
// Minimal 8-bit grayscale PNG writer (zlib for the IDAT stream) for phantom preview sheets. Core
// has no Qt; this is all a preview needs.

#include <cstdint>
#include <string>
#include <vector>

namespace ctlite::core {

// Writes `pixels` (row-major, width * height bytes) to `path` atomically (temporary file, then
// rename). Throws OutputError naming the file on failure.
void write_gray_png(const std::string& path, int width, int height,
                    const std::vector<std::uint8_t>& pixels);

}  // namespace ctlite::core
