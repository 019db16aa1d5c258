#include "core/dataset/ct_rate_naming.h"

#include <cctype>
#include <filesystem>
#include <vector>

#include "core/io/path_names.h"

namespace ctlite::core {
namespace {

bool all_of(const std::string& text, int (*predicate)(int)) {
  if (text.empty()) return false;
  for (unsigned char c : text)
    if (!predicate(c)) return false;
  return true;
}

}  // namespace

std::string CtRateVolumeName::file_name() const {
  return split + "_" + patient + "_" + scan + "_" + reconstruction + ".nii.gz";
}

std::string CtRateVolumeName::relative_path() const {
  const std::string patient_folder = split + "_" + patient;
  const std::string scan_folder = patient_folder + "_" + scan;
  return split + "/" + patient_folder + "/" + scan_folder + "/" + file_name();
}

std::optional<CtRateVolumeName> parse_ct_rate_name(const std::string& file_name) {
  std::string stem = std::filesystem::path(file_name).filename().string();
  const std::string suffix = ".nii.gz";
  if (stem.size() <= suffix.size() || !ends_with(stem, suffix)) return std::nullopt;
  stem.resize(stem.size() - suffix.size());
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t underscore; (underscore = stem.find('_', start)) != std::string::npos;
       start = underscore + 1)
    parts.push_back(stem.substr(start, underscore - start));
  parts.push_back(stem.substr(start));
  if (parts.size() != 4) return std::nullopt;
  if (!all_of(parts[0], [](int c) { return std::islower(c); }) ||
      !all_of(parts[1], [](int c) { return std::isdigit(c); }) ||
      !all_of(parts[2], [](int c) { return std::islower(c); }) ||
      !all_of(parts[3], [](int c) { return std::isdigit(c); }))
    return std::nullopt;
  return CtRateVolumeName{parts[0], parts[1], parts[2], parts[3]};
}

std::string ct_rate_volume_path(const std::string& dataset_root, const CtRateVolumeName& name) {
  return (std::filesystem::path(dataset_root) / name.relative_path()).string();
}

}  // namespace ctlite::core
