#include "core/dataset/ct_rate_labels.h"

#include "core/common/errors.h"
#include "core/dataset/csv_table.h"

namespace ctlite::core {

std::vector<CtRateLabels> read_ct_rate_labels(const std::string& path) {
  const CsvTable table = CsvTable::read_file(path);
  const std::size_t name = table.column("VolumeName");
  std::array<std::size_t, kAbnormalityCount> columns{};
  for (std::size_t i = 0; i < kAbnormalityCount; ++i)
    columns[i] = table.column(std::string(kAbnormalityNames[i]));
  std::vector<CtRateLabels> labels;
  labels.reserve(table.rows().size());
  for (std::size_t r = 0; r < table.rows().size(); ++r) {
    const auto& row = table.rows()[r];
    CtRateLabels entry;
    entry.volume_name = row[name];
    for (std::size_t i = 0; i < kAbnormalityCount; ++i) {
      // pandas writes integer labels as "0"/"1", or "0.0"/"1.0" once a column held a NaN.
      const std::string& value = row[columns[i]];
      if (value == "1" || value == "1.0") {
        entry.present[i] = true;
      } else if (value != "0" && value != "0.0") {
        throw InputError(path, "data row " + std::to_string(r + 1) + " (" + entry.volume_name +
                                   "): \"" + std::string(kAbnormalityNames[i]) + "\" is '" + value +
                                   "', expected 0 or 1");
      }
    }
    labels.push_back(std::move(entry));
  }
  return labels;
}

}  // namespace ctlite::core
