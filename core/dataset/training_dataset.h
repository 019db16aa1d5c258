#pragma once
// The one description of a training data set, whatever its layout; `ctlite train`,
// `ctlite evaluate` and the wizard's validation all go through it. Layouts:
//
//   CT-RATE       (the real data set or `ctlite synth`'s phantoms)
//     DIR[/dataset]/{train,valid}/<split>_<p>/<split>_<p>_<scan>/<volume>.nii.gz
//     DIR[/dataset]/radiology_text_reports/{train,validation}_reports.csv
//     DIR[/dataset]/metadata/{train,validation}_metadata.csv
//     DIR[/dataset]/multi_abnormality_labels/{train,valid}_predicted_labels.csv
//   reports CSV   volumes in any format core reads + one CSV (reports_csv.h): FILE.csv or
//                 DIR/reports.csv
//   paired        the same CSV with a `compressed` column: each case's uncompressed volume
//                 (teacher input) and its already-compressed JPEG stack (student input)

#include <memory>
#include <string>
#include <vector>

#include "core/common/progress.h"
#include "core/dataset/ct_rate_metadata.h"
#include "core/reports/report_sentence_filter.h"
#include "core/volume/volume.h"

namespace ctlite::core {

enum class TrainingDataLayout { CtRate, ReportsCsv, Paired };

// "CT-RATE folder", "volumes + reports CSV", "paired uncompressed/compressed series"
const char* training_data_layout_name(TrainingDataLayout layout);

struct TrainingRecord {
  std::string volume_name;      // unique within the data set
  std::string volume_path;      // the uncompressed volume (teacher input)
  std::string compressed_path;  // paired layout: the student's JPEG stack; empty: compress on the fly
  std::string report;           // after sentence filtering
  std::vector<float> labels;    // 18, CT-RATE order
};

struct TrainingDataset {
  TrainingDataLayout layout = TrainingDataLayout::CtRate;
  std::string root;   // CT-RATE: the folder holding the split folders; CSV layouts: the CSV
  std::string split;  // "train" or "valid"
  bool labels_from_reports = false;  // derived by the rule-based labeler (no label columns)
  std::vector<TrainingRecord> records;
  std::shared_ptr<const CtRateMetadata> metadata;  // CT-RATE only: spacing and HU rescale
};

// The layout `path` holds (a reports CSV, a folder with reports.csv, else CT-RATE); paired vs
// plain CSV is only known once the CSV is read.
bool is_reports_csv_layout(const std::string& path);

// Every usable case of the split, in table order. InputError naming the file and the problem
// (the first one found; validate_training_data lists them all) when a table is missing or
// malformed or a listed file does not exist. `limit` > 0 keeps the first `limit` records.
TrainingDataset open_training_dataset(const std::string& path, const std::string& split,
                                      const ReportSentenceFilter& filter, std::size_t limit = 0);

// The record's volume as core reads it (CT-RATE: spacing and HU rescale from the metadata CSV),
// and the paired layout's compressed JPEG stack.
Volume read_training_volume(const TrainingDataset& dataset, const TrainingRecord& record,
                            const Progress& progress = {});
Volume read_training_compressed(const TrainingRecord& record, const Progress& progress = {});

}  // namespace ctlite::core
