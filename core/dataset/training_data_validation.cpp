#include "core/dataset/training_data_validation.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

#include "core/common/errors.h"
#include "core/dataset/ct_rate_labels.h"
#include "core/dataset/ct_rate_metadata.h"
#include "core/dataset/ct_rate_naming.h"
#include "core/dataset/ct_rate_reports.h"
#include "core/dataset/reports_csv.h"
#include "core/reports/report_labeler.h"

namespace ctlite::core {
namespace {
namespace fs = std::filesystem;

constexpr std::size_t kExamples = 3;

struct SplitTables {
  std::string split;  // train | valid
  fs::path reports, labels, metadata;
};

SplitTables tables_of(const fs::path& root, const std::string& split) {
  // CT-RATE spells the validation split "validation" in two table names and "valid" elsewhere.
  const std::string long_name = split == "train" ? "train" : "validation";
  return {split, root / "radiology_text_reports" / (long_name + "_reports.csv"),
          root / "multi_abnormality_labels" / (split + "_predicted_labels.csv"),
          root / "metadata" / (long_name + "_metadata.csv")};
}

// One kind of per-volume problem, gathered over a split and reported as one message.
class RepeatedProblem {
 public:
  RepeatedProblem(ValidationSeverity severity, std::string table, std::string what)
      : severity_(severity), table_(std::move(table)), what_(std::move(what)) {}
  void add(const std::string& item) { items_.push_back(item); }
  std::size_t count() const { return items_.size(); }
  void emit(std::vector<ValidationMessage>& out) const {
    if (items_.empty()) return;
    if (items_.size() == 1) {
      out.push_back({severity_, items_.front(), what_});
      return;
    }
    std::string examples;
    for (std::size_t i = 0; i < std::min(kExamples, items_.size()); ++i)
      examples += (i ? ", " : "") + fs::path(items_[i]).filename().string();
    if (items_.size() > kExamples) examples += ", …";
    out.push_back({severity_, table_, std::to_string(items_.size()) + " volumes: " + what_ + " (" + examples + ")"});
  }

 private:
  ValidationSeverity severity_;
  std::string table_;
  std::string what_;
  std::vector<std::string> items_;
};

bool is_volume_file(const fs::path& path) {
  const std::string name = path.filename().string();
  const auto ends_with = [&name](const std::string& suffix) {
    return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends_with(".nii.gz") || ends_with(".nii");
}

std::set<std::string> volume_files_under(const fs::path& folder) {
  std::set<std::string> names;
  std::error_code error;
  if (!fs::is_directory(folder, error)) return names;
  for (fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error), end;
       !error && it != end; it.increment(error))
    if (it->is_regular_file(error) && is_volume_file(it->path())) names.insert(it->path().filename().string());
  return names;
}

// A split without usable volumes, or with a one-class finding: a one-class finding has no ROC
// curve, so its AUROC and its Youden threshold are undefined.
void check_label_prevalence(const SplitValidation& summary, const std::string& table, const std::string& labels,
                            std::vector<ValidationMessage>& out) {
  if (summary.usable_volumes == 0) {
    out.push_back({summary.split == "train" ? ValidationSeverity::Error : ValidationSeverity::Warning, table,
                   "no usable volume in the " + summary.split + " split"});
    return;
  }
  std::vector<std::string> no_positive, no_negative;
  for (std::size_t f = 0; f < kAbnormalityCount; ++f) {
    if (summary.positives[f] == 0) no_positive.emplace_back(kAbnormalityNames[f]);
    if (summary.positives[f] == summary.usable_volumes) no_negative.emplace_back(kAbnormalityNames[f]);
  }
  const auto join = [](const std::vector<std::string>& names) {
    std::string text;
    for (const auto& name : names) text += (text.empty() ? "" : ", ") + name;
    return text;
  };
  if (!no_positive.empty())
    out.push_back({ValidationSeverity::Warning, labels,
                   "no positive case in the " + summary.split + " split for " + join(no_positive)});
  if (!no_negative.empty())
    out.push_back({ValidationSeverity::Warning, labels,
                   "no negative case in the " + summary.split + " split for " + join(no_negative)});
}

// patient key -> the splits it appears in
using PatientSplits = std::map<std::string, std::set<std::string>>;

void check_patient_overlap(const PatientSplits& patients, const std::string& table, TrainingDataValidation& result) {
  std::vector<std::string> shared;
  for (const auto& [patient, splits] : patients)
    if (splits.size() > 1) shared.push_back(patient);
  result.overlapping_patients = shared.size();
  if (shared.empty()) return;
  std::string examples;
  for (std::size_t i = 0; i < std::min(kExamples, shared.size()); ++i) examples += (i ? ", " : "") + shared[i];
  if (shared.size() > kExamples) examples += ", …";
  result.messages.push_back({ValidationSeverity::Error, table,
                             std::to_string(shared.size()) + " patients are in both the train and the valid split (" +
                                 examples + "): validation metrics would be measured on training patients"});
}

void validate_split(const fs::path& root, const SplitTables& tables, TrainingDataValidation& result,
                    PatientSplits& patients) {
  SplitValidation summary;
  summary.split = tables.split;
  auto& out = result.messages;
  std::vector<ValidationMessage> missing_tables;
  for (const fs::path& table : {tables.reports, tables.labels, tables.metadata})
    if (!fs::is_regular_file(table)) missing_tables.push_back({ValidationSeverity::Error, table.string(), "missing"});
  if (missing_tables.size() == 3) {
    // A folder without a validation split is usable (the engine then skips calibration);
    // without a training split it is not.
    if (tables.split == "train")
      out.push_back({ValidationSeverity::Error, root.string(),
                     "no training split: radiology_text_reports/train_reports.csv, "
                     "multi_abnormality_labels/train_predicted_labels.csv and metadata/train_metadata.csv are missing"});
    else
      out.push_back({ValidationSeverity::Warning, root.string(),
                     "no validation split: thresholds cannot be calibrated and no validation metrics are measured"});
    result.splits.push_back(summary);
    return;
  }
  summary.present = true;
  if (!missing_tables.empty()) {
    out.insert(out.end(), missing_tables.begin(), missing_tables.end());
    result.splits.push_back(summary);
    return;
  }

  std::vector<CtRateReport> reports;
  std::map<std::string, CtRateLabels> labels_of;
  std::optional<CtRateMetadata> metadata;
  try {
    reports = read_ct_rate_reports(tables.reports.string());
    for (auto& row : read_ct_rate_labels(tables.labels.string())) {
      const std::string name = row.volume_name;
      labels_of.emplace(name, std::move(row));
    }
    metadata.emplace(CtRateMetadata::read_file(tables.metadata.string()));
  } catch (const InputError& e) {
    out.push_back({ValidationSeverity::Error, e.path(), e.problem()});
    result.splits.push_back(summary);
    return;
  }
  const std::string reports_path = tables.reports.string();
  RepeatedProblem bad_name(ValidationSeverity::Error, reports_path, "not a CT-RATE volume name");
  RepeatedProblem wrong_split(ValidationSeverity::Error, reports_path,
                              "named for another split than '" + tables.split + "'");
  RepeatedProblem missing_file(ValidationSeverity::Error, reports_path, "listed in " + reports_path + " but the file is missing");
  RepeatedProblem no_labels(ValidationSeverity::Error, tables.labels.string(), "reported but without a label row");
  RepeatedProblem no_metadata(ValidationSeverity::Error, tables.metadata.string(), "reported but without a metadata row");
  RepeatedProblem unreported(ValidationSeverity::Warning, (root / tables.split).string(),
                             "volume file on disk that no report lists (training skips it)");
  RepeatedProblem unlabelled_report(ValidationSeverity::Warning, tables.labels.string(),
                                    "label row without a report (training skips it)");

  std::set<std::string> reported;
  std::set<std::string> split_patients;
  for (const CtRateReport& report : reports) {
    ++summary.listed_volumes;
    const auto name = parse_ct_rate_name(report.volume_name);
    if (!name) {
      bad_name.add(report.volume_name);
      continue;
    }
    reported.insert(name->file_name());
    if (name->split != tables.split) wrong_split.add(report.volume_name);
    const std::string path = ct_rate_volume_path(root.string(), *name);
    const auto labels = labels_of.find(report.volume_name);
    std::optional<CtRateMetadataRow> row;
    try {
      row = metadata->find(report.volume_name);
    } catch (const InputError& e) {
      out.push_back({ValidationSeverity::Error, e.path(), e.problem()});
    }
    bool usable = true;
    if (!fs::is_regular_file(path)) {
      missing_file.add(path);
      usable = false;
    }
    if (labels == labels_of.end()) {
      no_labels.add(report.volume_name);
      usable = false;
    }
    if (!row) {
      no_metadata.add(report.volume_name);
      usable = false;
    }
    const auto patient_id = row ? row->fields.find("PatientID") : std::map<std::string, std::string>::const_iterator{};
    const std::string patient = row && patient_id != row->fields.end() && !patient_id->second.empty()
                                    ? "PatientID " + patient_id->second
                                    : name->split + "_" + name->patient;
    split_patients.insert(patient);
    if (!usable) continue;
    ++summary.usable_volumes;
    for (std::size_t f = 0; f < kAbnormalityCount; ++f) summary.positives[f] += labels->second.present[f] ? 1 : 0;
  }
  for (const auto& [name, row] : labels_of)
    if (!reported.count(fs::path(name).filename().string())) unlabelled_report.add(name);
  for (const std::string& file : volume_files_under(root / tables.split))
    if (!reported.count(file)) unreported.add(file);

  summary.missing_volume_files = missing_file.count();
  summary.without_labels = no_labels.count();
  summary.without_metadata = no_metadata.count();
  summary.unreported_files = unreported.count();
  summary.patients = split_patients.size();
  for (const auto& patient : split_patients) patients[patient].insert(tables.split);
  for (const RepeatedProblem* problem :
       {&bad_name, &wrong_split, &missing_file, &no_labels, &no_metadata, &unreported, &unlabelled_report})
    problem->emit(out);

  check_label_prevalence(summary, reports_path, tables.labels.string(), out);
  result.splits.push_back(summary);
}

// The reports-CSV layouts (reports_csv.h): the CSV's own checks, then per split the counts,
// label prevalence (given or derived from the reports) and the patients in both splits.
TrainingDataValidation validate_reports_csv(const std::string& csv) {
  TrainingDataValidation result;
  result.root = csv;
  const ReportsCsv table = read_reports_csv(csv, result.messages);
  result.layout = table.paired ? TrainingDataLayout::Paired : TrainingDataLayout::ReportsCsv;
  if (table.rows.empty() && result.error_count() > 0) return result;
  if (!table.has_labels)
    result.messages.push_back({ValidationSeverity::Warning, csv,
                               "no finding columns: the 18 labels are derived from the reports by the rule-based labeler"});
  if (!table.has_patients)
    result.messages.push_back({ValidationSeverity::Warning, csv,
                               "no 'patient' column: each volume counts as its own patient, so scans of one "
                               "patient in both splits go unnoticed"});
  const RuleBasedLabeler labeler;
  PatientSplits patients;
  for (const std::string split : {"train", "valid"}) {
    SplitValidation summary;
    summary.split = split;
    std::set<std::string> split_patients;
    for (const ReportsCsvRow& row : table.rows) {
      if (row.split != split) continue;
      ++summary.listed_volumes;
      summary.missing_volume_files += row.missing_files ? 1 : 0;
      split_patients.insert(row.patient);
      if (!row.usable) continue;
      ++summary.usable_volumes;
      if (row.labels) {
        for (std::size_t f = 0; f < kAbnormalityCount; ++f) summary.positives[f] += (*row.labels)[f] ? 1 : 0;
      } else {
        const std::vector<int> derived = labeler.label(row.report).binary();
        for (std::size_t f = 0; f < kAbnormalityCount; ++f) summary.positives[f] += static_cast<std::size_t>(derived[f]);
      }
    }
    summary.present = summary.listed_volumes > 0;
    summary.patients = split_patients.size();
    for (const auto& patient : split_patients) patients[patient].insert(split);
    if (!summary.present && split == "valid")
      result.messages.push_back({ValidationSeverity::Warning, csv,
                                 "no row with split 'valid': thresholds cannot be calibrated and no validation "
                                 "metrics are measured"});
    else
      check_label_prevalence(summary, csv, csv, result.messages);
    result.splits.push_back(summary);
  }
  check_patient_overlap(patients, csv, result);
  return result;
}

}  // namespace

std::size_t TrainingDataValidation::error_count() const {
  return static_cast<std::size_t>(std::count_if(messages.begin(), messages.end(), [](const ValidationMessage& m) {
    return m.severity == ValidationSeverity::Error;
  }));
}

std::size_t TrainingDataValidation::warning_count() const { return messages.size() - error_count(); }

const SplitValidation* TrainingDataValidation::split(const std::string& name) const {
  for (const auto& s : splits)
    if (s.split == name) return &s;
  return nullptr;
}

TrainingDataValidation validate_training_data(const std::string& dir) {
  TrainingDataValidation result;
  fs::path root(dir);
  result.root = dir;
  std::error_code error;
  if (dir.empty() || (!fs::is_directory(root, error) && !find_reports_csv(dir))) {
    result.messages.push_back({ValidationSeverity::Error, dir, "not a folder or a reports CSV"});
    return result;
  }
  if (const auto csv = find_reports_csv(dir)) return validate_reports_csv(*csv);
  if (fs::is_directory(root / "dataset", error)) root /= "dataset";
  result.root = root.string();

  PatientSplits patients;
  for (const std::string split : {"train", "valid"}) validate_split(root, tables_of(root, split), result, patients);

  check_patient_overlap(patients, tables_of(root, "valid").reports.string(), result);
  return result;
}

}  // namespace ctlite::core
