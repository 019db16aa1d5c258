#pragma once
// CT-RATE's multi-abnormality label CSV: VolumeName and one 0/1 column per finding, headed by
// the exact names of abnormality_names.h (other columns, e.g. an index, are ignored).

#include <array>
#include <string>
#include <vector>

#include "core/dataset/abnormality_names.h"

namespace ctlite::core {

struct CtRateLabels {
  std::string volume_name;
  std::array<bool, kAbnormalityCount> present{};  // in kAbnormalityNames order
};

// InputError naming the file when a finding column is missing or a value is not 0/1.
std::vector<CtRateLabels> read_ct_rate_labels(const std::string& path);

}  // namespace ctlite::core
