#pragma once
// The "reports CSV" training layouts: volumes in any format core reads, listed in one CSV with
// their report text. Documented for users in docs/FINE_TUNING.md ("Your own data").
//
//   volume      required: path of the case's volume, relative to the CSV's folder or absolute —
//               a NIfTI file, a DICOM series folder, a JPEG-stack folder or an .npz file
//   report      required: the report text (findings and impressions; may span lines, quoted)
//   split       optional: train | valid (default train)
//   patient     optional: patient identifier; a patient in both splits is an error. Without it
//               every volume counts as its own patient.
//   compressed  optional: the case's already-compressed lung-window JPEG-stack folder. A CSV
//               with this column is the "paired" layout: the teacher (and FAST's teacher input)
//               reads `volume`, the student reads `compressed` instead of compressing `volume`
//               on the fly; every row must then name one.
//   the 18 CT-RATE finding columns (names exactly as in abnormality_names.h), 0 or 1
//               optional, all or none: without them the labels are derived from `report` by
//               the rule-based labeler (core/reports/report_labeler.h).
// Other columns are ignored. `ctlite train/evaluate --data` take the CSV itself or a folder
// holding it as reports.csv.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/dataset/abnormality_names.h"
#include "core/dataset/validation_message.h"

namespace ctlite::core {

// The file name `--data FOLDER` looks for.
constexpr const char* kReportsCsvName = "reports.csv";

struct ReportsCsvRow {
  std::size_t row = 0;          // 1-based data row (the header is row 0), for messages
  std::string volume;           // as written in the CSV
  std::string volume_path;      // resolved against the CSV's folder
  std::string compressed_path;  // resolved; empty without the column
  std::string split;            // train | valid
  std::string patient;
  std::string report;
  std::optional<std::array<bool, kAbnormalityCount>> labels;  // nullopt: derive from the report
  bool usable = true;          // no error in this row
  bool missing_files = false;  // the volume or the compressed stack is missing
};

struct ReportsCsv {
  std::string path;
  bool paired = false;      // has the compressed column
  bool has_labels = false;  // has the 18 finding columns
  bool has_patients = false;
  std::vector<ReportsCsvRow> rows;  // every row with a volume; rows with an error are not usable
};

// The CSV of `path` when it is a reports-CSV layout: the .csv file itself, or FOLDER/reports.csv.
std::optional<std::string> find_reports_csv(const std::string& path);

// Reads and checks the CSV, appending every problem (naming the CSV, the row and the column, or
// the missing file) to `problems`; a row with an error is marked not usable. Checks that
// each volume / compressed path exists and that a compressed path is a JPEG-stack folder,
// without reading voxels.
ReportsCsv read_reports_csv(const std::string& path, std::vector<ValidationMessage>& problems);

}  // namespace ctlite::core
