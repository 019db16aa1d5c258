// `ctlite synth`: a synthetic CT-RATE dataset of chest CT phantoms with reports and labels, or
// (--preview) PNG sheets of phantoms per finding for judging their realism.

#include <iostream>
#include <set>
#include <sstream>
#include <string>

#include "app/cli/command_registry.h"
#include "core/phantoms/phantom_dataset_writer.h"
#include "core/phantoms/phantom_gallery.h"

namespace ctlite::cli {

namespace {

core::PhantomSize parse_size(const std::string& text) {
  if (text == "full") return core::PhantomSize::Full;
  if (text == "small") return core::PhantomSize::Small;
  throw UsageError("--size must be 'full' or 'small', got '" + text + "'");
}

void parse_formats(const std::string& list, core::PhantomDatasetOptions& options) {
  options.nifti = options.dicom = options.jpeg = false;
  std::stringstream stream(list);
  std::string format;
  while (std::getline(stream, format, ',')) {
    if (format == "nifti")
      options.nifti = true;
    else if (format == "dicom")
      options.dicom = true;
    else if (format == "jpeg")
      options.jpeg = true;
    else
      throw UsageError("unknown format '" + format + "' in --formats (use nifti, dicom, jpeg)");
  }
  if (!options.nifti && !options.dicom && !options.jpeg)
    throw UsageError("--formats names no format");
}

std::uint64_t whole(const Arguments& args, const std::string& option, long long fallback,
                    long long low, long long high) {
  const long long value = args.integer_or(option, fallback);
  if (value < low || value > high)
    throw UsageError(option + " must be within " + std::to_string(low) + ".." +
                     std::to_string(high));
  return static_cast<std::uint64_t>(value);
}

Progress console_progress() {
  return Progress([](const ProgressEvent& e) {
    if (!e.message.empty())
      std::cerr << "  [" << static_cast<int>(e.fraction * 100) << "%] " << e.message << "\n";
  });
}

int run(const Arguments& args) {
  const std::string out = args.required("--out");
  const std::uint64_t seed = whole(args, "--seed", 1, 0, 9223372036854775807LL);
  const core::PhantomSize size = parse_size(args.value_or("--size", "small"));
  const int threads = static_cast<int>(whole(args, "--threads", 0, 0, 256));

  if (args.value("--preview")) {
    if (args.value("--count") || args.value("--formats"))
      throw UsageError("--preview writes picture sheets only; it takes no --count or --formats");
    core::PhantomGalleryOptions gallery;
    gallery.seed = seed;
    gallery.size = size;
    gallery.per_finding = static_cast<int>(whole(args, "--preview", 2, 1, 8));
    gallery.threads = threads;
    core::write_phantom_gallery(out, gallery, console_progress());
    std::cout << "wrote phantom preview sheets to " << out << "\n";
    return 0;
  }

  core::PhantomDatasetOptions options;
  options.count = whole(args, "--count", 0, 1, 100000);
  options.seed = seed;
  options.size = size;
  options.threads = threads;
  parse_formats(args.value_or("--formats", "nifti"), options);
  const core::PhantomDatasetSummary summary =
      core::write_phantom_dataset(out, options, console_progress());
  std::cout << "wrote " << summary.train_volumes << " train volumes (" << summary.train_patients
            << " patients) and " << summary.valid_volumes << " validation volumes ("
            << summary.valid_patients << " patients) to " << out << "\n";
  return 0;
}

const CommandRegistration registration{Command{
    "synth", "write a synthetic CT-RATE dataset of chest CT phantoms (volumes, reports, labels)",
    "ctlite synth --count N --out DIR [--seed S] [--size small|full] [--formats nifti,dicom,jpeg] "
    "[--threads T]\n"
    "       ctlite synth --preview K --out DIR [--seed S] [--size small|full]\n\n"
    "Writes N phantom volumes in CT-RATE layout under DIR/dataset (NIfTI, stored values with the\n"
    "metadata CSV's intercept -1024), with radiology_text_reports/, metadata/ and\n"
    "multi_abnormality_labels/ CSVs; about 20% of the patients form the validation split.\n"
    "--formats dicom adds DIR/dicom/.../<volume>/ series, jpeg adds lung-window JPEG (Q90) stacks "
    "in\n"
    "DIR/jpeg/. The same seed, count and size give the same files. DIR must not exist.\n"
    "--preview K instead writes PNG sheets of K phantoms per finding (and README.md) into DIR.\n"
    "small = 128 x 128 x 64 voxels (milliseconds each), full = 512 x 512 x ~100-400 (about a "
    "second).",
    OptionSpec{{"--count", "--out", "--seed", "--size", "--formats", "--threads", "--preview"}, {}},
    run}};

}  // namespace

}  // namespace ctlite::cli
