#include "core/dataset/ct_rate_metadata_locator.h"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <utility>
#include <vector>

#include "core/dataset/ct_rate_naming.h"

namespace ctlite::core {
namespace fs = std::filesystem;
namespace {

// The CSVs of one metadata folder, in name order so the choice is the same on every machine.
std::vector<fs::path> metadata_csvs(const fs::path& folder) {
  std::vector<fs::path> csvs;
  std::error_code error;
  if (!fs::is_directory(folder, error)) return csvs;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    if (it->path().extension() == ".csv" && it->is_regular_file(error)) csvs.push_back(it->path());
  }
  std::sort(csvs.begin(), csvs.end());
  return csvs;
}

}  // namespace

std::optional<LocatedCtRateMetadata> locate_ct_rate_metadata(const std::string& volume_path) {
  const auto name = parse_ct_rate_name(volume_path);
  if (!name) return std::nullopt;
  const std::string file_name = fs::path(volume_path).filename().string();
  std::error_code error;
  fs::path folder = fs::absolute(volume_path, error).parent_path();
  if (error) return std::nullopt;
  for (int level = 0; level < kMetadataSearchLevels && !folder.empty(); ++level) {
    for (const fs::path& csv : metadata_csvs(folder / "metadata")) {
      CtRateMetadata metadata = CtRateMetadata::read_file(csv.string());
      if (metadata.find(file_name)) return LocatedCtRateMetadata{csv.string(), std::move(metadata)};
    }
    if (folder == folder.parent_path()) break;
    folder = folder.parent_path();
  }
  return std::nullopt;
}

}  // namespace ctlite::core
