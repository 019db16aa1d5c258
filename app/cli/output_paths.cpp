#include "app/cli/output_paths.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "core/common/errors.h"

namespace ctlite::cli {
namespace fs = std::filesystem;

namespace {

bool is_inside(const fs::path& candidate, const fs::path& folder) {
  const auto [end, _] =
      std::mismatch(folder.begin(), folder.end(), candidate.begin(), candidate.end());
  return end == folder.end();
}

}  // namespace

void refuse_overwriting_inputs(const std::string& output, const std::vector<std::string>& inputs) {
  std::error_code error;
  const bool exists = fs::exists(output, error);
  // weakly_canonical resolves the part of the path that exists, so a new file or folder inside
  // an input folder is caught as well as an existing one (as root, read-only permission bits
  // would not stop the write).
  const fs::path target = fs::weakly_canonical(output, error);
  for (const std::string& input : inputs) {
    if (input.empty()) continue;
    if (exists && fs::equivalent(output, input, error))
      throw core::OutputError(output, "refusing to overwrite the input file");
    if (fs::is_directory(input, error) && is_inside(target, fs::weakly_canonical(input, error)))
      throw core::OutputError(output, "refusing to write inside the input folder " + input);
  }
}

std::uint64_t bytes_on_disk(const std::string& path) {
  std::error_code error;
  if (fs::is_regular_file(path, error)) {
    const std::uintmax_t size = fs::file_size(path, error);
    return error ? 0 : size;
  }
  std::uint64_t total = 0;
  for (auto it = fs::recursive_directory_iterator(path, error);
       !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    std::error_code entry_error;
    if (!it->is_regular_file(entry_error)) continue;
    const std::uintmax_t size = it->file_size(entry_error);
    if (!entry_error) total += size;
  }
  return total;
}

bool has_suffix(const std::string& path, const std::string& suffix) {
  if (path.size() < suffix.size()) return false;
  return std::equal(suffix.rbegin(), suffix.rend(), path.rbegin(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  });
}

}  // namespace ctlite::cli
