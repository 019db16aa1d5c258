#pragma once
// One way to read a small JSON document from disk (configs, manifests, thresholds, stage-model
// descriptions): every failure becomes a core::InputError naming the file, and the size is
// checked before the bytes are read so a hostile "config" cannot make us allocate gigabytes.

#include <cstddef>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "core/common/errors.h"

namespace ctlite::ai {

// Larger than any config or manifest we write by three orders of magnitude.
inline constexpr std::size_t kMaxJsonFileBytes = 16u << 20;

// `what` names the document in the error ("the BERT config"). Throws core::InputError when the
// file cannot be opened, is too large or is not valid JSON.
nlohmann::json read_json_file(const std::string& path, const std::string& what,
                              std::size_t max_bytes = kMaxJsonFileBytes);

// Reads `path` and hands the document to `parse`; a nlohmann::json::exception or
// std::invalid_argument thrown by `parse` (a missing key, a wrong type, a value out of range)
// is reported as a core::InputError naming the file.
template <typename Parse>
auto parse_json_file(const std::string& path, const std::string& what, Parse&& parse) {
  const nlohmann::json document = read_json_file(path, what);
  try {
    return parse(document);
  } catch (const nlohmann::json::exception& e) {
    throw core::InputError(path, "malformed " + what + ": " + e.what());
  } catch (const std::invalid_argument& e) {
    throw core::InputError(path, e.what());
  }
}

}  // namespace ctlite::ai
