#pragma once
// One export of a CT's AI findings: any of DICOM SR, PDF and encapsulated PDF, all in the
// source's study (one de-identification map when anonymised, so the objects still agree).
// Shared by `ctlite export` and `ctlite export-sr`.

#include <string>

namespace ctlite::cli {

struct FindingsExportRequest {
  std::string findings_path;  // JSON of `ctlite score --json`
  std::string source_path;    // the CT that was scored
  std::string series_uid;
  std::string metadata_csv;
  std::string sr_out;         // each output is optional; at least one is required
  std::string pdf_out;
  std::string pdf_dicom_out;
  std::string overlay_path;   // heat overlay of the PDF's key images
  bool anonymize = false;
  std::string pseudonym = "ANONYMOUS";
};

class Arguments;

// The options both export commands share: --findings, --series, --metadata, --anonymize,
// --pseudonym (outputs and the source are the caller's).
FindingsExportRequest shared_export_options(const Arguments& args);

// Throws UsageError without outputs, InputError / OutputError naming the file otherwise.
void run_findings_export(const FindingsExportRequest& request);

}  // namespace ctlite::cli
