#pragma once
// Up-front check of a training data folder before hours of `ctlite train` are spent on it: the
// fine-tuning wizard shows the result and refuses to continue on errors.
//
// Checked for a CT-RATE-layout folder (real CT-RATE or `ctlite synth`, see training_dataset.h of
// the engine for the layout), per split (train, valid):
//   errors    a missing or unreadable table (reports, labels, metadata); a listed volume name
//             that is not a CT-RATE name or whose split differs from the table's; a listed
//             volume whose file is missing; a reported volume without labels or metadata row
//             (each of these stops `ctlite train`); a patient found in both splits (the
//             validation metrics and thresholds would be measured on training patients);
//             no volume at all in the train split
//   warnings  volume files on disk that no report lists, labels without a report (both are
//             silently skipped by training); a finding with no positive or no negative case in
//             a split (its AUROC and Youden threshold are undefined there); a missing valid split
//
// For the reports-CSV layouts (reports_csv.h; `dir` is the CSV or a folder holding reports.csv):
//   errors    an unreadable CSV, missing 'volume'/'report' columns, a partial set of finding
//             columns, per row: a missing volume or compressed stack (a folder with no JPEG
//             slices), a split other than train/valid, a label other than 0/1, a duplicate
//             volume, a patient in both splits, no train row
//   warnings  labels derived from the reports (no finding columns), no patient column, no
//             valid row, one-class findings (on the given or derived labels)
//
// Patients are matched on the metadata's PatientID column when the tables carry one (a user's
// own export may), else on the CT-RATE name (<split>_<patient>), which catches a validation
// table that lists training patients.

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "core/dataset/abnormality_names.h"
#include "core/dataset/training_dataset.h"
#include "core/dataset/validation_message.h"

namespace ctlite::core {

struct SplitValidation {
  std::string split;                    // "train" or "valid"
  bool present = false;                 // its tables were found
  std::size_t listed_volumes = 0;       // rows of the reports CSV
  std::size_t usable_volumes = 0;       // report + labels + metadata + file: what training reads
  std::size_t missing_volume_files = 0;
  std::size_t without_labels = 0;       // reported, no label row
  std::size_t without_metadata = 0;     // reported, no metadata row
  std::size_t unreported_files = 0;     // volume files on disk no report lists
  std::size_t patients = 0;
  std::array<std::size_t, kAbnormalityCount> positives{};  // among the usable volumes
};

struct TrainingDataValidation {
  TrainingDataLayout layout = TrainingDataLayout::CtRate;
  std::string root;  // CT-RATE: the folder holding the split folders (DIR or DIR/dataset); else the CSV
  std::vector<SplitValidation> splits;
  std::vector<ValidationMessage> messages;
  std::size_t overlapping_patients = 0;

  std::size_t error_count() const;
  std::size_t warning_count() const;
  bool usable() const { return error_count() == 0; }
  const SplitValidation* split(const std::string& name) const;
};

// Never throws for bad data: every problem becomes a message naming the file. Per-split issues
// repeated for many volumes are reported for the first few volumes and then counted.
TrainingDataValidation validate_training_data(const std::string& dir);

}  // namespace ctlite::core
