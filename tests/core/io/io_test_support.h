#pragma once
// Helpers for reader/writer tests: a scratch folder removed afterwards, reference results from
// /usr/bin/python3 (nibabel, numpy), and small file utilities.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace ctlite::core::testing {

class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// Runs `script` with Debian's /usr/bin/python3 (which has nibabel and numpy) and parses the JSON
// it prints last. Fails the test (throws) if Python fails.
nlohmann::json run_python_json(const std::string& script);

std::vector<std::uint8_t> read_file_bytes(const std::string& path);
void write_file_bytes(const std::string& path, const std::vector<std::uint8_t>& bytes);
std::vector<float> read_float32_file(const std::string& path);

std::string shared_dir();

}  // namespace ctlite::core::testing
