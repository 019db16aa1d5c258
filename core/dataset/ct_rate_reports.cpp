#include "core/dataset/ct_rate_reports.h"

#include "core/dataset/csv_table.h"

namespace ctlite::core {

std::vector<CtRateReport> read_ct_rate_reports(const std::string& path) {
  const CsvTable table = CsvTable::read_file(path);
  const std::size_t name = table.column("VolumeName");
  const std::size_t clinical = table.column("ClinicalInformation_EN");
  const std::size_t technique = table.column("Technique_EN");
  const std::size_t findings = table.column("Findings_EN");
  const std::size_t impressions = table.column("Impressions_EN");
  std::vector<CtRateReport> reports;
  reports.reserve(table.rows().size());
  for (const auto& row : table.rows())
    reports.push_back({row[name], row[clinical], row[technique], row[findings], row[impressions]});
  return reports;
}

}  // namespace ctlite::core
