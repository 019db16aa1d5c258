#include "app/viewer/viewer_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <cstdio>

#include "widgets/models/window_level.h"
#include "widgets/views/mpr_layout.h"

namespace ctlite::viewer {

namespace {

bool fail(const QString& message, int& exit_code) {
  std::fprintf(stderr, "ctlite-viewer: %s\n", qPrintable(message));
  exit_code = 2;
  return false;
}

}  // namespace

std::optional<ViewerOptions> parse_viewer_options(const QStringList& arguments, int& exit_code) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate(
      "ViewerOptions", "CT-Lite Workstation: chest CT viewer with the CT-Lite findings engine. Not for clinical use."));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("PATH"),
                               QCoreApplication::translate("ViewerOptions", "DICOM folder or file, NIfTI, JPEG stack or .npz to open"),
                               QStringLiteral("[PATH]"));
  const QCommandLineOption series({QStringLiteral("series")}, QStringLiteral("Series Instance UID to open from a folder"), QStringLiteral("UID"));
  const QCommandLineOption screenshot({QStringLiteral("screenshot")}, QStringLiteral("Render, save the window as PNG, exit"), QStringLiteral("OUT.png"));
  const QCommandLineOption run({QStringLiteral("run-ctlite")}, QStringLiteral("Run CT-Lite once the volume is shown"));
  const QCommandLineOption preset({QStringLiteral("preset")}, QStringLiteral("Window preset: lung, mediastinum, bone, soft-tissue"), QStringLiteral("NAME"));
  const QCommandLineOption layout({QStringLiteral("layout")}, QStringLiteral("View layout: grid, axial-focus, slices"), QStringLiteral("NAME"));
  const QCommandLineOption maximise({QStringLiteral("maximise")}, QStringLiteral("Maximise one view: axial, coronal, sagittal, 3d"), QStringLiteral("VIEW"));
  const QCommandLineOption model({QStringLiteral("model")}, QStringLiteral("Model folder to score with"), QStringLiteral("DIR"));
  const QCommandLineOption models({QStringLiteral("models")}, QStringLiteral("Folder of model folders"), QStringLiteral("DIR"));
  const QCommandLineOption engine({QStringLiteral("engine")}, QStringLiteral("The ctlite engine program"), QStringLiteral("PROGRAM"));
  const QCommandLineOption device({QStringLiteral("device")}, QStringLiteral("Engine device: cpu or cuda"), QStringLiteral("DEVICE"));
  const QCommandLineOption fine_tune({QStringLiteral("fine-tune")},
                                     QStringLiteral("Run the fine-tuning wizard unattended on a CT-RATE-layout folder "
                                                    "(bundled demo teacher, FAST then SFP, then evaluation)"),
                                     QStringLiteral("DATA"));
  const QCommandLineOption wizard_steps({QStringLiteral("wizard-steps")},
                                        QStringLiteral("Optimizer steps per stage of --fine-tune (default 1000)"), QStringLiteral("N"));
  parser.addOptions({fine_tune, wizard_steps});
  const QCommandLineOption language({QStringLiteral("lang")}, QStringLiteral("User interface language: en, bn, de"), QStringLiteral("CODE"));
  const QCommandLineOption slice({QStringLiteral("slice")}, QStringLiteral("Axial slice to show (1-based)"), QStringLiteral("N"));
  const QCommandLineOption finding({QStringLiteral("select-finding")}, QStringLiteral("After a run, select this finding"), QStringLiteral("NAME"));
  const QCommandLineOption size({QStringLiteral("size")}, QStringLiteral("Window size, e.g. 1600x1000"), QStringLiteral("WxH"));
  const QCommandLineOption benchmark({QStringLiteral("benchmark-scroll")},
                                     QStringLiteral("Scroll N axial slices, print the mean frame time, exit"), QStringLiteral("N"));
  const QCommandLineOption evaluation({QStringLiteral("show-evaluation")},
                                      QStringLiteral("Show the evaluation of a model (ctlite evaluate --out REPORT.json)"),
                                      QStringLiteral("REPORT.json"));
  const QCommandLineOption baseline({QStringLiteral("baseline")},
                                    QStringLiteral("With --show-evaluation: compare with this model's report"),
                                    QStringLiteral("REPORT.json"));
  const QCommandLineOption focus({QStringLiteral("focus-finding")},
                                 QStringLiteral("With --show-evaluation: the finding to focus"), QStringLiteral("NAME"));
  parser.addOptions({series, screenshot, run, preset, layout, maximise, model, models, engine, device, language, slice,
                     finding, size, benchmark, evaluation, baseline, focus});
  if (!parser.parse(arguments)) {
    fail(parser.errorText(), exit_code);
    return std::nullopt;
  }
  if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
    if (parser.isSet(QStringLiteral("help"))) std::printf("%s", qPrintable(parser.helpText()));
    else std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(QCoreApplication::applicationVersion()));
    exit_code = 0;
    return std::nullopt;
  }
  ViewerOptions options;
  const QStringList positional = parser.positionalArguments();
  if (positional.size() > 1) {
    fail(QStringLiteral("only one PATH may be given"), exit_code);
    return std::nullopt;
  }
  options.path = positional.value(0);
  options.series_uid = parser.value(series);
  options.screenshot = parser.value(screenshot);
  options.run_ctlite = parser.isSet(run);
  options.preset = parser.value(preset);
  options.layout = parser.value(layout);
  options.maximise = parser.value(maximise);
  options.model = parser.value(model);
  options.models_folder = parser.value(models);
  options.engine = parser.value(engine);
  options.device = parser.value(device);
  options.fine_tune = parser.value(fine_tune);
  options.language = parser.value(language);
  options.size = parser.value(size);
  if (parser.isSet(finding)) options.finding = parser.value(finding);
  options.evaluation = parser.value(evaluation);
  options.baseline = parser.value(baseline);
  options.focus_finding = parser.value(focus);
  if ((!options.baseline.isEmpty() || !options.focus_finding.isEmpty()) && options.evaluation.isEmpty()) {
    fail(QStringLiteral("--baseline and --focus-finding need --show-evaluation REPORT.json"), exit_code);
    return std::nullopt;
  }

  if (!options.preset.isEmpty() && !widgets::window_preset_from_id(options.preset.toStdString())) {
    fail(QStringLiteral("--preset %1: unknown preset (lung, mediastinum, bone, soft-tissue)").arg(options.preset), exit_code);
    return std::nullopt;
  }
  if (!options.layout.isEmpty() && !widgets::layout_from_id(options.layout)) {
    fail(QStringLiteral("--layout %1: unknown layout (grid, axial-focus, slices)").arg(options.layout), exit_code);
    return std::nullopt;
  }
  static const QStringList kViews = {QStringLiteral("axial"), QStringLiteral("coronal"), QStringLiteral("sagittal"), QStringLiteral("3d")};
  if (!options.maximise.isEmpty() && !kViews.contains(options.maximise)) {
    fail(QStringLiteral("--maximise %1: unknown view (axial, coronal, sagittal, 3d)").arg(options.maximise), exit_code);
    return std::nullopt;
  }
  if (parser.isSet(wizard_steps)) {
    bool ok = false;
    options.wizard_steps = parser.value(wizard_steps).toInt(&ok);
    if (!ok || options.wizard_steps < 1 || options.fine_tune.isEmpty()) {
      fail(QStringLiteral("--wizard-steps %1: give a step count from 1, with --fine-tune").arg(parser.value(wizard_steps)), exit_code);
      return std::nullopt;
    }
  }
  if (!options.device.isEmpty() && options.device != QLatin1String("cpu") && options.device != QLatin1String("cuda")) {
    fail(QStringLiteral("--device %1: use cpu or cuda").arg(options.device), exit_code);
    return std::nullopt;
  }
  if (!options.size.isEmpty() && !QRegularExpression(QStringLiteral("^\\d{3,5}x\\d{3,5}$")).match(options.size).hasMatch()) {
    fail(QStringLiteral("--size %1: use WIDTHxHEIGHT, e.g. 1600x1000").arg(options.size), exit_code);
    return std::nullopt;
  }
  if (parser.isSet(slice)) {
    bool ok = false;
    const int value = parser.value(slice).toInt(&ok);
    if (!ok || value < 1) {
      fail(QStringLiteral("--slice %1: give a slice number from 1").arg(parser.value(slice)), exit_code);
      return std::nullopt;
    }
    options.slice = value;
  }
  if (parser.isSet(benchmark)) {
    bool ok = false;
    options.benchmark_frames = parser.value(benchmark).toInt(&ok);
    if (!ok || options.benchmark_frames < 10) {
      fail(QStringLiteral("--benchmark-scroll %1: give at least 10 frames").arg(parser.value(benchmark)), exit_code);
      return std::nullopt;
    }
  }
  // Screenshots of the evaluation view (--show-evaluation) or of the unattended wizard
  // (--fine-tune) open no volume.
  const bool screenshot_of_volume =
      !options.screenshot.isEmpty() && options.evaluation.isEmpty() && options.fine_tune.isEmpty();
  if ((options.run_ctlite || screenshot_of_volume || options.benchmark_frames > 0) &&
      options.path.isEmpty()) {
    fail(QStringLiteral("--screenshot, --run-ctlite and --benchmark-scroll need a PATH to open"), exit_code);
    return std::nullopt;
  }
  return options;
}

}  // namespace ctlite::viewer
