#include "core/io/json_file.h"

#include "core/common/errors.h"
#include "core/io/file_bytes.h"

namespace ctlite::core {

nlohmann::json read_json_file(const std::string& path, std::uint64_t max_bytes, const std::string& what) {
  const std::vector<std::uint8_t> bytes = read_file_bytes(path, max_bytes);
  try {
    return nlohmann::json::parse(bytes.begin(), bytes.end());
  } catch (const nlohmann::json::exception& e) {
    throw InputError(path, what + " is not valid JSON: " + e.what());
  }
}

}  // namespace ctlite::core
