// `ctlite export PATH --findings F.json --sr OUT.dcm --pdf OUT.pdf --pdf-dicom OUT.dcm`: the AI
// findings of a CT in the forms hospitals file (DICOM SR, PDF, encapsulated PDF).

#include "app/cli/command_registry.h"
#include "app/cli/findings_export.h"

namespace ctlite::cli {
namespace {

const char* const kUsage =
    "ctlite export PATH --findings F.json [--sr OUT.dcm] [--pdf OUT.pdf] [--pdf-dicom OUT.dcm]\n"
    "              [--overlay MAP.nii.gz] [--anonymize [--pseudonym NAME]]\n"
    "              [--series UID] [--metadata CSV]\n\n"
    "Exports the findings F.json (the JSON of `ctlite score --json`) of the CT at PATH:\n"
    "  --sr         DICOM Comprehensive 3D SR, TID 1500 measurement report, one group per finding\n"
    "  --pdf        PDF report (rendered by ctlite-report) with key images, --overlay blended\n"
    "  --pdf-dicom  the PDF as a DICOM Encapsulated PDF\n"
    "All objects join the source's patient and study. --anonymize de-identifies them per the\n"
    "PS3.15 Basic Profile subset of docs/EXPORTS.md (Patient's Name/ID become NAME).";

int run_export(const Arguments& args) {
  FindingsExportRequest request = shared_export_options(args);
  request.source_path = args.positional(0, "input PATH");
  request.sr_out = args.value_or("--sr", "");
  request.pdf_out = args.value_or("--pdf", "");
  request.pdf_dicom_out = args.value_or("--pdf-dicom", "");
  request.overlay_path = args.value_or("--overlay", "");
  run_findings_export(request);
  return 0;
}

const CommandRegistration registration{Command{
    "export", "AI findings -> DICOM SR, PDF report, encapsulated PDF (optionally anonymised)",
    kUsage,
    OptionSpec{{"--findings", "--sr", "--pdf", "--pdf-dicom", "--overlay", "--pseudonym",
                "--series", "--metadata"},
               {"--anonymize"}},
    run_export}};

}  // namespace
}  // namespace ctlite::cli
