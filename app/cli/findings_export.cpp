#include "app/cli/findings_export.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "app/cli/arguments.h"
#include "app/cli/output_paths.h"
#include "app/cli/report_program.h"
#include "core/common/errors.h"
#include "core/exports/deidentifier.h"
#include "core/exports/encapsulated_pdf.h"
#include "core/exports/findings_sr_writer.h"
#include "core/exports/source_identity.h"
#include "core/io/file_bytes.h"
#include "core/io/volume_reader.h"

namespace ctlite::cli {

namespace {

// A PDF that only feeds the encapsulated object lives in a private temporary folder.
class ScratchPdf {
 public:
  ScratchPdf() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "ctlite-export-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw core::OutputError(pattern, "cannot create a temporary folder");
    folder_ = pattern;
  }
  ~ScratchPdf() {
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
  }
  ScratchPdf(const ScratchPdf&) = delete;
  ScratchPdf& operator=(const ScratchPdf&) = delete;
  std::string path() const { return folder_ + "/report.pdf"; }

 private:
  std::string folder_;
};

void render_pdf(const FindingsExportRequest& request, const std::string& out) {
  std::vector<std::string> arguments{"--findings", request.findings_path, "--source",
                                     request.source_path, "--out", out};
  for (const auto& [option, value] : {std::pair{"--series", request.series_uid},
                                      std::pair{"--metadata", request.metadata_csv},
                                      std::pair{"--overlay", request.overlay_path}})
    if (!value.empty()) arguments.insert(arguments.end(), {option, value});
  if (request.anonymize)
    arguments.insert(arguments.end(), {"--anonymize", "--pseudonym", request.pseudonym});
  run_report_program(arguments);
}

}  // namespace

FindingsExportRequest shared_export_options(const Arguments& args) {
  FindingsExportRequest request;
  request.findings_path = args.required("--findings");
  request.series_uid = args.value_or("--series", "");
  request.metadata_csv = args.value_or("--metadata", "");
  request.anonymize = args.has("--anonymize");
  request.pseudonym = args.value_or("--pseudonym", request.pseudonym);
  return request;
}

void run_findings_export(const FindingsExportRequest& request) {
  if (request.sr_out.empty() && request.pdf_out.empty() && request.pdf_dicom_out.empty())
    throw UsageError("name at least one output: --sr, --pdf or --pdf-dicom");
  const std::vector<std::string> inputs{request.source_path, request.findings_path,
                                        request.metadata_csv, request.overlay_path};
  for (const auto* out : {&request.sr_out, &request.pdf_out, &request.pdf_dicom_out})
    if (!out->empty()) refuse_overwriting_inputs(*out, inputs);

  const core::FindingsReport report = core::read_findings_report(request.findings_path);
  core::VolumeReadOptions options;
  options.series_uid = request.series_uid;
  options.metadata_csv = request.metadata_csv;
  const core::Volume volume = core::read_volume(request.source_path, options);
  const core::VolumeMetadata identity = core::export_source_metadata(volume);
  core::Deidentifier deidentifier({request.pseudonym, request.pseudonym});

  auto write = [&](core::DicomObject object, const std::string& out, const char* what) {
    if (request.anonymize) deidentifier.apply(object);
    object.write(out);
    std::cout << out << ": " << what << (request.anonymize ? " (de-identified)" : "") << "\n";
  };
  if (!request.sr_out.empty()) {
    core::FindingsSrOptions sr_options;
    sr_options.software_version = CTLITE_VERSION;
    write(core::make_findings_sr(report, volume, identity, sr_options), request.sr_out,
          "DICOM Comprehensive 3D SR (TID 1500)");
  }
  if (request.pdf_out.empty() && request.pdf_dicom_out.empty()) return;

  ScratchPdf scratch;
  const std::string pdf = request.pdf_out.empty() ? scratch.path() : request.pdf_out;
  render_pdf(request, pdf);
  if (!request.pdf_dicom_out.empty()) {
    core::EncapsulatedPdfOptions pdf_options;
    pdf_options.software_version = CTLITE_VERSION;
    const auto bytes = core::read_file_bytes(pdf, core::kMaxEncapsulatedPdfBytes);
    write(core::make_encapsulated_pdf(bytes, pdf, identity, pdf_options), request.pdf_dicom_out,
          "DICOM Encapsulated PDF");
  }
}

}  // namespace ctlite::cli
