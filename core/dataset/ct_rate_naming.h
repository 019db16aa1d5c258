#pragma once
// CT-RATE volume names and folder layout:
//   name   <split>_<patient>_<scan>_<reconstruction>.nii.gz     e.g. train_1_a_1.nii.gz
//   path   <root>/<split>/<split>_<patient>/<split>_<patient>_<scan>/<name>

#include <optional>
#include <string>

namespace ctlite::core {

struct CtRateVolumeName {
  std::string split;           // "train" or "valid" (any lower-case word is accepted)
  std::string patient;         // digits
  std::string scan;            // letters: a, b, ...
  std::string reconstruction;  // digits

  std::string file_name() const;      // train_1_a_1.nii.gz
  std::string relative_path() const;  // train/train_1/train_1_a/train_1_a_1.nii.gz
};

// Parses a file name (a leading folder path is ignored); nullopt when it does not follow the
// CT-RATE pattern.
std::optional<CtRateVolumeName> parse_ct_rate_name(const std::string& file_name);

// <dataset_root>/<relative_path>
std::string ct_rate_volume_path(const std::string& dataset_root, const CtRateVolumeName& name);

}  // namespace ctlite::core
