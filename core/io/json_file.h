#pragma once
// A whole JSON file (reports, manifests) parsed, with the size checked before reading and the
// one-line InputError every reader gives for a file that is not JSON.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace ctlite::core {

// InputError(path, "<what> is not valid JSON: …") for malformed text; read_file_bytes' errors
// for a missing, unreadable or larger-than-`max_bytes` file.
nlohmann::json read_json_file(const std::string& path, std::uint64_t max_bytes, const std::string& what);

}  // namespace ctlite::core
