// `ctlite compress`: a CT as the lung-window JPEG slice stack that the CT-Lite student reads,
// for transfer (a new folder with the slices, stack.json and manifest.json).

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "app/cli/command_registry.h"
#include "app/cli/command_volume.h"
#include "app/cli/output_paths.h"
#include "core/common/errors.h"
#include "core/io/jpeg_stack_writer.h"
#include "core/preprocessing/compressed_path.h"
#include "core/imaging/lung_window.h"

namespace ctlite::cli {
namespace {

const char* const kUsage =
    "ctlite compress PATH --out DIR [--quality 90] [--series UID] [--metadata CSV]\n\n"
    "Writes the CT at PATH (DICOM folder, NIfTI, npz, CT-RATE file) as lung-window\n"
    "(centre -600, width 1500 HU) 8-bit JPEG slices into the new folder DIR, with stack.json\n"
    "(geometry, window) and manifest.json, and prints the size against the source on disk and\n"
    "against raw 16-bit voxels. `ctlite preprocess DIR --compressed` reads it back.";

double ratio(std::uint64_t numerator, std::uint64_t denominator) {
  return denominator == 0 ? 0.0 : static_cast<double>(numerator) / static_cast<double>(denominator);
}

int run_compress(const Arguments& args) {
  const std::string input_path = args.positional(0, "input PATH");
  const std::string output_folder = args.required("--out");
  const long long quality = args.integer_or("--quality", core::kCompressedJpegQuality);
  if (quality < 1 || quality > 100) throw UsageError("--quality must be 1..100");

  const auto start = std::chrono::steady_clock::now();
  const Progress progress;
  const core::Volume volume = read_command_volume(args, output_folder, progress);
  if (volume.unit == core::IntensityUnit::WindowedGray)
    throw core::InputError(input_path,
                           "the input already is an 8-bit JPEG stack; nothing to compress");
  core::JpegStackWriteOptions options;
  options.window = core::kLungWindow;
  options.quality = static_cast<int>(quality);
  options.source_description = std::filesystem::path(input_path).filename().string();
  const core::JpegStackSummary summary =
      core::write_jpeg_stack(volume, output_folder, options, progress);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  const std::uint64_t source_bytes = bytes_on_disk(input_path);
  std::printf("%s: %d lung-window JPEG slices (q%lld), %.1f MB in %.2f s\n", output_folder.c_str(),
              summary.slice_count, quality, static_cast<double>(summary.jpeg_bytes) / 1e6, seconds);
  // Ratios are "times smaller": source bytes / stack bytes.
  std::printf("  size ratio to the source on disk (%.1f MB): %.1f\n",
              static_cast<double>(source_bytes) / 1e6, ratio(source_bytes, summary.jpeg_bytes));
  std::printf("  size ratio to raw 16-bit voxels (%.1f MB): %.1f\n",
              static_cast<double>(summary.raw_bytes) / 1e6,
              ratio(summary.raw_bytes, summary.jpeg_bytes));
  return 0;
}

const CommandRegistration registration{Command{
    "compress", "CT -> lung-window JPEG q90 slice stack for transfer, with size ratios", kUsage,
    OptionSpec{{"--out", "--quality", "--series", "--metadata"}, {}}, run_compress}};

}  // namespace
}  // namespace ctlite::cli
