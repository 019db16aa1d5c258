// `ctlite export-sr --findings F.json --source PATH --out OUT.dcm`: only the DICOM SR.

#include "app/cli/command_registry.h"
#include "app/cli/findings_export.h"

namespace ctlite::cli {
namespace {

const char* const kUsage =
    "ctlite export-sr --findings F.json --source PATH --out OUT.dcm [--anonymize]\n"
    "                 [--pseudonym NAME] [--series UID] [--metadata CSV]\n\n"
    "Writes the findings F.json of the CT at PATH as a DICOM Comprehensive 3D SR (TID 1500):\n"
    "the same object as `ctlite export PATH --findings F.json --sr OUT.dcm`.";

int run_export_sr(const Arguments& args) {
  FindingsExportRequest request = shared_export_options(args);
  request.source_path = args.required("--source");
  request.sr_out = args.required("--out");
  run_findings_export(request);
  return 0;
}

const CommandRegistration registration{Command{
    "export-sr", "AI findings -> DICOM SR (TID 1500 measurement report)", kUsage,
    OptionSpec{{"--findings", "--source", "--out", "--pseudonym", "--series", "--metadata"},
               {"--anonymize"}},
    run_export_sr}};

}  // namespace
}  // namespace ctlite::cli
