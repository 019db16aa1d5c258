#pragma once
// A CT-RATE-layout dataset (the real one or `ctlite synth`'s phantoms) as a list of training
// records: volume path, report text (Findings + Impressions, filtered to the abnormality
// sentences) and the 18 labels. Shared by `ctlite train` and `ctlite evaluate`.
//
//   DIR[/dataset]/{train,valid}/<split>_<p>/<split>_<p>_<scan>/<volume>.nii.gz
//   DIR[/dataset]/radiology_text_reports/{train,validation}_reports.csv
//   DIR[/dataset]/metadata/{train,validation}_metadata.csv
//   DIR[/dataset]/multi_abnormality_labels/{train,valid}_predicted_labels.csv

#include <memory>
#include <string>
#include <vector>

#include "core/dataset/ct_rate_metadata.h"
#include "core/reports/report_sentence_filter.h"

namespace ctlite::cli {

struct TrainingRecord {
  std::string volume_name;
  std::string volume_path;
  std::string report;         // after sentence filtering
  std::vector<float> labels;  // 18, CT-RATE order
};

struct TrainingDataset {
  std::string root;   // the folder holding the split folders and CSV folders
  std::string split;  // "train" or "valid"
  std::vector<TrainingRecord> records;
  std::shared_ptr<core::CtRateMetadata> metadata;
};

// Every volume of the split that has a report, labels and a metadata row, in report-CSV order.
// InputError naming the file when a table is missing or a listed volume file does not exist.
// `limit` > 0 keeps the first `limit` records (quick runs).
TrainingDataset open_training_dataset(const std::string& dir, const std::string& split,
                                      const core::ReportSentenceFilter& filter,
                                      std::size_t limit = 0);

}  // namespace ctlite::cli
