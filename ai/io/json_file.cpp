#include "ai/io/json_file.h"

#include <fstream>
#include <iterator>

namespace ctlite::ai {

nlohmann::json read_json_file(const std::string& path, const std::string& what, std::size_t max_bytes) {
  std::ifstream file(path, std::ios::binary | std::ios::ate);
  if (!file) throw core::InputError(path, "cannot open " + what);
  const std::streamoff size = file.tellg();
  if (size < 0) throw core::InputError(path, "cannot read " + what);
  if (static_cast<std::size_t>(size) > max_bytes)
    throw core::InputError(path, what + " is " + std::to_string(size) + " bytes, more than the " +
                                     std::to_string(max_bytes) + " accepted");
  file.seekg(0);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  if (!file.read(bytes.data(), size)) throw core::InputError(path, "cannot read " + what);
  try {
    return nlohmann::json::parse(bytes);
  } catch (const nlohmann::json::exception& e) {
    throw core::InputError(path, what + " is not valid JSON: " + e.what());
  }
}

}  // namespace ctlite::ai
