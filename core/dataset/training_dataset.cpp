#include "core/dataset/training_dataset.h"

#include <filesystem>
#include <map>
#include <stdexcept>

#include "core/common/errors.h"
#include "core/dataset/ct_rate_labels.h"
#include "core/dataset/ct_rate_naming.h"
#include "core/dataset/ct_rate_reports.h"
#include "core/dataset/ct_rate_volume_reader.h"
#include "core/dataset/reports_csv.h"
#include "core/io/jpeg_stack_reader.h"
#include "core/io/volume_reader.h"
#include "core/reports/report_labeler.h"

namespace ctlite::core {
namespace {
namespace fs = std::filesystem;

TrainingDataset open_ct_rate(const std::string& dir, const std::string& split,
                             const ReportSentenceFilter& filter, std::size_t limit) {
  fs::path root(dir);
  if (!fs::is_directory(root)) throw InputError(dir, "not a folder, a reports CSV or a folder holding reports.csv");
  if (fs::is_directory(root / "dataset")) root /= "dataset";
  const std::string long_split = split == "train" ? "train" : "validation";
  const fs::path reports_csv = root / "radiology_text_reports" / (long_split + "_reports.csv");
  const fs::path metadata_csv = root / "metadata" / (long_split + "_metadata.csv");
  const fs::path labels_csv = root / "multi_abnormality_labels" / (split + "_predicted_labels.csv");
  for (const auto& table : {reports_csv, metadata_csv, labels_csv})
    if (!fs::is_regular_file(table))
      throw InputError(table.string(), "missing: neither a CT-RATE-layout folder nor a folder holding reports.csv");

  TrainingDataset dataset;
  dataset.layout = TrainingDataLayout::CtRate;
  dataset.root = root.string();
  dataset.split = split;
  auto metadata = std::make_shared<CtRateMetadata>(CtRateMetadata::read_file(metadata_csv.string()));
  dataset.metadata = metadata;
  std::map<std::string, std::vector<float>> labels_of;
  for (const auto& row : read_ct_rate_labels(labels_csv.string()))
    labels_of[row.volume_name] = std::vector<float>(row.present.begin(), row.present.end());

  for (const auto& report : read_ct_rate_reports(reports_csv.string())) {
    const auto name = parse_ct_rate_name(report.volume_name);
    if (!name) throw InputError(reports_csv.string(), "'" + report.volume_name + "' is not a CT-RATE volume name");
    auto labels = labels_of.find(report.volume_name);
    if (labels == labels_of.end()) throw InputError(labels_csv.string(), "no labels for " + report.volume_name);
    if (!metadata->find(report.volume_name))
      throw InputError(metadata_csv.string(), "no row for " + report.volume_name);
    TrainingRecord record;
    record.volume_name = report.volume_name;
    record.volume_path = ct_rate_volume_path(root.string(), *name);
    if (!fs::is_regular_file(record.volume_path))
      throw InputError(record.volume_path, "listed in " + reports_csv.string() + " but missing");
    record.report = filter.filter(report.findings + "\n" + report.impressions);
    record.labels = labels->second;
    dataset.records.push_back(std::move(record));
    if (limit > 0 && dataset.records.size() >= limit) break;
  }
  if (dataset.records.empty()) throw InputError(reports_csv.string(), "lists no volumes");
  return dataset;
}

TrainingDataset open_reports_csv(const std::string& csv, const std::string& split,
                                 const ReportSentenceFilter& filter, std::size_t limit) {
  std::vector<ValidationMessage> problems;
  const ReportsCsv table = read_reports_csv(csv, problems);
  for (const auto& problem : problems)
    if (problem.severity == ValidationSeverity::Error) throw InputError(problem.path, problem.problem);

  TrainingDataset dataset;
  dataset.layout = table.paired ? TrainingDataLayout::Paired : TrainingDataLayout::ReportsCsv;
  dataset.root = csv;
  dataset.split = split;
  dataset.labels_from_reports = !table.has_labels;
  const RuleBasedLabeler labeler;
  for (const ReportsCsvRow& row : table.rows) {
    if (row.split != split || !row.usable) continue;  // (an unusable row has thrown above)
    TrainingRecord record;
    record.volume_name = row.volume;
    record.volume_path = row.volume_path;
    record.compressed_path = row.compressed_path;
    record.report = filter.filter(row.report);
    if (row.labels) {
      record.labels.assign(row.labels->begin(), row.labels->end());
    } else {
      const std::vector<int> derived = labeler.label(row.report).binary();
      record.labels.assign(derived.begin(), derived.end());
    }
    dataset.records.push_back(std::move(record));
    if (limit > 0 && dataset.records.size() >= limit) break;
  }
  if (dataset.records.empty()) throw InputError(csv, "lists no volumes in the " + split + " split");
  return dataset;
}

}  // namespace

const char* training_data_layout_name(TrainingDataLayout layout) {
  switch (layout) {
    case TrainingDataLayout::CtRate: return "CT-RATE folder";
    case TrainingDataLayout::ReportsCsv: return "volumes + reports CSV";
    case TrainingDataLayout::Paired: return "paired uncompressed/compressed series";
  }
  return "?";
}

bool is_reports_csv_layout(const std::string& path) { return find_reports_csv(path).has_value(); }

TrainingDataset open_training_dataset(const std::string& path, const std::string& split,
                                      const ReportSentenceFilter& filter, std::size_t limit) {
  if (split != "train" && split != "valid")
    throw std::invalid_argument("--split must be train or valid, got '" + split + "'");
  if (const auto csv = find_reports_csv(path)) return open_reports_csv(*csv, split, filter, limit);
  return open_ct_rate(path, split, filter, limit);
}

Volume read_training_volume(const TrainingDataset& dataset, const TrainingRecord& record, const Progress& progress) {
  if (dataset.metadata) return read_ct_rate_volume(record.volume_path, *dataset.metadata, progress);
  // A JPEG-stack volume (already lung-windowed gray) feeds the student's compressed input only;
  // CT-CLIP's preprocessing refuses it by name when a teacher input is asked of it.
  return read_volume(record.volume_path, {}, progress);
}

Volume read_training_compressed(const TrainingRecord& record, const Progress& progress) {
  if (record.compressed_path.empty()) throw std::logic_error("record has no compressed series");
  return read_jpeg_stack(record.compressed_path, progress);
}

}  // namespace ctlite::core
