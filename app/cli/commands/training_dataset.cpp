#include "app/cli/commands/training_dataset.h"

#include <filesystem>
#include <map>

#include "core/common/errors.h"
#include "core/dataset/ct_rate_labels.h"
#include "core/dataset/ct_rate_naming.h"
#include "core/dataset/ct_rate_reports.h"

namespace ctlite::cli {
namespace fs = std::filesystem;

TrainingDataset open_training_dataset(const std::string& dir, const std::string& split,
                                      const core::ReportSentenceFilter& filter, std::size_t limit) {
  if (split != "train" && split != "valid")
    throw std::invalid_argument("--split must be train or valid, got '" + split + "'");
  fs::path root(dir);
  if (!fs::is_directory(root)) throw core::InputError(dir, "not a folder");
  if (fs::is_directory(root / "dataset")) root /= "dataset";
  const std::string long_split = split == "train" ? "train" : "validation";
  const fs::path reports_csv = root / "radiology_text_reports" / (long_split + "_reports.csv");
  const fs::path metadata_csv = root / "metadata" / (long_split + "_metadata.csv");
  const fs::path labels_csv = root / "multi_abnormality_labels" / (split + "_predicted_labels.csv");
  for (const auto& table : {reports_csv, metadata_csv, labels_csv})
    if (!fs::is_regular_file(table))
      throw core::InputError(table.string(), "missing: not a CT-RATE-layout dataset folder");

  TrainingDataset dataset;
  dataset.root = root.string();
  dataset.split = split;
  dataset.metadata = std::make_shared<core::CtRateMetadata>(core::CtRateMetadata::read_file(metadata_csv.string()));
  std::map<std::string, std::vector<float>> labels_of;
  for (const auto& row : core::read_ct_rate_labels(labels_csv.string()))
    labels_of[row.volume_name] = std::vector<float>(row.present.begin(), row.present.end());

  for (const auto& report : core::read_ct_rate_reports(reports_csv.string())) {
    const auto name = core::parse_ct_rate_name(report.volume_name);
    if (!name) throw core::InputError(reports_csv.string(), "'" + report.volume_name + "' is not a CT-RATE volume name");
    auto labels = labels_of.find(report.volume_name);
    if (labels == labels_of.end())
      throw core::InputError(labels_csv.string(), "no labels for " + report.volume_name);
    if (!dataset.metadata->find(report.volume_name))
      throw core::InputError(metadata_csv.string(), "no row for " + report.volume_name);
    TrainingRecord record;
    record.volume_name = report.volume_name;
    record.volume_path = core::ct_rate_volume_path(root.string(), *name);
    if (!fs::is_regular_file(record.volume_path))
      throw core::InputError(record.volume_path, "listed in " + reports_csv.string() + " but missing");
    record.report = filter.filter(report.findings + "\n" + report.impressions);
    record.labels = labels->second;
    dataset.records.push_back(std::move(record));
    if (limit > 0 && dataset.records.size() >= limit) break;
  }
  if (dataset.records.empty()) throw core::InputError(reports_csv.string(), "lists no volumes");
  return dataset;
}

}  // namespace ctlite::cli
