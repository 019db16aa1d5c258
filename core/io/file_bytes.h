#pragma once
// Whole small files (JPEG slices, JSON sidecars) into memory, refusing anything larger than the
// caller's limit before reading it.

#include <cstdint>
#include <string>
#include <vector>

namespace ctlite::core {

// InputError naming `path` when it cannot be read or is larger than `max_bytes`.
std::vector<std::uint8_t> read_file_bytes(const std::string& path, std::uint64_t max_bytes);

}  // namespace ctlite::core
