#pragma once
// CT-RATE's radiology reports CSV (train_reports.csv / validation_reports.csv).

#include <string>
#include <vector>

namespace ctlite::core {

struct CtRateReport {
  std::string volume_name;
  std::string clinical_information;  // ClinicalInformation_EN
  std::string technique;             // Technique_EN
  std::string findings;              // Findings_EN
  std::string impressions;           // Impressions_EN
};

// InputError naming the file when a column is missing or the CSV is malformed.
std::vector<CtRateReport> read_ct_rate_reports(const std::string& path);

}  // namespace ctlite::core
