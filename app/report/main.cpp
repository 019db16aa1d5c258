// `ctlite-report`: renders a findings report (the `ctlite score --json` result plus the CT it
// scored) as a PDF, and (`ctlite-report plot-losses`) training curves as a PNG/PDF chart. A
// separate Qt 6 program because the `ctlite` engine links LibTorch and must not load Qt 6;
// `ctlite export --pdf` runs it. No window: the offscreen platform suffices.

#include <QApplication>
#include <QGuiApplication>

#include <ctime>
#include <iostream>
#include <string>
#include <vector>

#include "app/cli/arguments.h"
#include "app/report/findings_pdf_writer.h"
#include "app/report/plot_losses_command.h"
#include "core/common/errors.h"
#include "core/exports/deidentifier.h"
#include "core/exports/source_identity.h"
#include "core/imaging/lung_window.h"
#include "core/io/nifti_reader.h"
#include "core/io/volume_reader.h"

namespace {

const char* const kUsage =
    "ctlite-report --findings F.json --source PATH --out OUT.pdf [--overlay MAP.nii.gz]\n"
    "              [--series UID] [--metadata CSV] [--anonymize] [--pseudonym NAME]\n\n"
    "Writes the findings of F.json (the JSON of `ctlite score --json`) for the CT at PATH as a\n"
    "PDF: identification, acquisition, model identity, the 18 findings, key images (lung\n"
    "window) without and with the overlay map (a PCA component or evidence map on the CT's\n"
    "grid), limitations and a sign-off line. --anonymize prints de-identified data only.\n\n"
    "ctlite-report plot-losses ...   training curves of several runs (plot-losses --help)";

std::string iso_now() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S%z", &local);
  return text;
}

int run(const ctlite::cli::Arguments& args) {
  using namespace ctlite;
  report::FindingsPdfContent content;
  content.findings = core::read_findings_report(args.required("--findings"));
  core::VolumeReadOptions options;
  options.series_uid = args.value_or("--series", "");
  options.metadata_csv = args.value_or("--metadata", "");
  const core::Volume volume = core::read_volume(args.required("--source"), options);

  content.identity = core::export_source_metadata(volume);
  if (args.has("--anonymize")) {
    const std::string pseudonym = args.value_or("--pseudonym", "ANONYMOUS");
    content.identity = core::Deidentifier({pseudonym, pseudonym}).metadata(content.identity);
    content.deidentified = true;
  }
  content.source_format = volume.source_format;
  content.dims = volume.dims;
  content.spacing = volume.spacing;
  content.window = core::kLungWindow;
  const core::KeyVoxel key = core::choose_key_voxel(content.findings, volume);
  content.key_voxel = key.voxel;
  content.key_voxel_reason = key.reason;
  const double pixel_mm = core::key_image_pixel_mm(volume);
  content.key_images = core::key_images(volume, key.voxel, content.window, nullptr, pixel_mm);
  if (const auto overlay_path = args.value("--overlay")) {
    // The engine's PCA map (`ctlite score --pca`) is RGB24 on the token grid; any scalar map on
    // the CT's grid is shown as a heat map.
    const auto ends_with = [&](const std::string& tail) {
      return overlay_path->size() >= tail.size() &&
             overlay_path->compare(overlay_path->size() - tail.size(), tail.size(), tail) == 0;
    };
    const bool nifti = ends_with(".nii") || ends_with(".nii.gz");
    if (nifti && core::read_nifti_header(*overlay_path).datatype == core::kNiftiRgb24) {
      core::NiftiRgbImage map = core::read_nifti_rgb(*overlay_path);
      content.overlay_images = core::key_images(volume, key.voxel, content.window,
                                                core::RgbOverlay{std::move(map.grid), std::move(map.rgb)}, pixel_mm);
      content.overlay_description = "PCA feature map of the encoder's tokens (3 components as RGB), " + *overlay_path;
    } else {
      const core::Volume overlay = core::read_volume(*overlay_path);
      content.overlay_images = core::key_images(volume, key.voxel, content.window, &overlay, pixel_mm);
      content.overlay_description = "heat map of " + overlay.source_path;
    }
  }
  content.generated_at = iso_now();
  content.software_version = CTLITE_VERSION;
  const std::string out = args.required("--out");
  report::write_findings_pdf(content, out);
  std::cout << out << ": PDF findings report (" << content.findings.findings.size()
            << " findings)\n";
  return 0;
}

// The findings report needs fonts only (QGuiApplication); QCustomPlot is a widget and needs a
// QApplication, created only for the chart so the report path stays as it was.
int run_plot_losses_main(int argc, char** argv) {
  QApplication application(argc, argv);
  const std::vector<std::string> raw(argv + 2, argv + argc);
  for (const auto& arg : raw)
    if (arg == "--help" || arg == "-h") {
      std::cout << ctlite::report::kPlotLossesUsage << "\n";
      return 0;
    }
  try {
    return ctlite::report::run_plot_losses(raw);
  } catch (const ctlite::cli::UsageError& e) {
    std::cerr << "ctlite-report plot-losses: " << e.what() << "\nusage: " << ctlite::report::kPlotLossesUsage << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "ctlite-report plot-losses: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace

int main(int argc, char** argv) {
  // Headless by design: fonts need a QGuiApplication, a display does not.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  if (argc > 1 && std::string(argv[1]) == "plot-losses") return run_plot_losses_main(argc, argv);
  QGuiApplication application(argc, argv);
  const std::vector<std::string> raw(argv + 1, argv + argc);
  for (const auto& arg : raw)
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage << "\n";
      return 0;
    }
  try {
    const ctlite::cli::OptionSpec spec{
        {"--findings", "--source", "--out", "--overlay", "--series", "--metadata", "--pseudonym"},
        {"--anonymize"}};
    return run(ctlite::cli::Arguments(raw, spec));
  } catch (const ctlite::cli::UsageError& e) {
    std::cerr << "ctlite-report: " << e.what() << "\nusage: " << kUsage << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "ctlite-report: " << e.what() << "\n";
    return 1;
  }
}
