#include "core/io/jpeg_stack_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/common/errors.h"
#include "core/common/parallel_slices.h"
#include "core/imaging/jpeg_codec.h"
#include "core/imaging/lung_window.h"
#include "core/io/atomic_output.h"
#include "core/io/jpeg_stack_sidecar.h"

namespace ctlite::core {
namespace {

namespace fs = std::filesystem;

std::string slice_name(std::size_t index, std::size_t count) {
  // Zero-padded so that plain and natural order agree for every tool that lists the folder.
  const int digits = std::max(4, static_cast<int>(std::to_string(count).size()));
  char name[32];
  std::snprintf(name, sizeof name, "slice_%0*zu.jpg", digits, index);
  return name;
}

// Writes `name` into the output's temporary folder. A failure names the file as the user will
// know it (inside the destination folder), not the hidden temporary.
void write_file(const AtomicOutput& output, const std::string& name, const char* data,
                std::size_t size) {
  std::ofstream out(fs::path(output.temp_path()) / name, std::ios::binary);
  out.write(data, static_cast<std::streamsize>(size));
  out.close();
  if (!out)
    throw OutputError((fs::path(output.destination()) / name).string(),
                      "write failed (disk full?)");
}

void write_text(const AtomicOutput& output, const std::string& name, const std::string& text) {
  write_file(output, name, text.data(), text.size());
}

}  // namespace

JpegStackSummary write_jpeg_stack(const Volume& volume, const std::string& folder,
                                  const JpegStackWriteOptions& options,
                                  const ctlite::Progress& progress) {
  if (volume.unit != IntensityUnit::Hounsfield)
    throw InputError(volume.source_path,
                     "a JPEG stack is written from Hounsfield units; this "
                     "volume is not calibrated CT");
  if (volume.voxel_count() == 0 || volume.voxels.size() != volume.voxel_count())
    throw OutputError(folder, "volume is empty or its voxel buffer does not match its size");
  if (volume.dims[0] > kMaxJpegSide || volume.dims[1] > kMaxJpegSide)
    throw OutputError(folder, "slices larger than " + std::to_string(kMaxJpegSide) +
                                  " pixels cannot be stored as JPEG");
  if (!(options.window.width > 0) || !std::isfinite(options.window.center))
    throw OutputError(folder, "display window width must be positive");
  if (options.quality < 1 || options.quality > 100)
    throw OutputError(folder, "JPEG quality must be 1..100");

  AtomicOutput output = AtomicOutput::new_folder(folder);
  const std::size_t count = static_cast<std::size_t>(volume.dims[2]);
  const int width = static_cast<int>(volume.dims[0]), height = static_cast<int>(volume.dims[1]);
  const std::size_t slice_voxels = static_cast<std::size_t>(width) * height;
  std::vector<std::uint64_t> sizes(count);
  for_each_slice_in_parallel(static_cast<std::int64_t>(count), resolve_thread_count(0), progress,
                             "write", [&](std::int64_t slice, int) {
                               const auto z = static_cast<std::size_t>(slice);
                               std::vector<std::uint8_t> gray(slice_voxels);
                               window_slice_to_gray8(volume, slice, options.window, gray.data());
                               const auto jpeg =
                                   encode_gray8_jpeg(gray.data(), width, height, options.quality);
                               write_file(output, slice_name(z, count),
                                          reinterpret_cast<const char*>(jpeg.data()), jpeg.size());
                               sizes[z] = jpeg.size();
                             });

  JpegStackSidecar sidecar;
  sidecar.spacing = volume.spacing;
  sidecar.origin = volume.origin;
  sidecar.direction = volume.direction;
  sidecar.window = options.window;
  sidecar.quality = options.quality;
  sidecar.source = options.source_description;
  write_text(output, kStackSidecarName, format_stack_sidecar(sidecar));

  JpegStackSummary summary;
  summary.slice_count = static_cast<int>(count);
  summary.raw_bytes = volume.voxel_count() * 2;
  nlohmann::json files = nlohmann::json::array();
  for (std::size_t z = 0; z < count; ++z) {
    files.push_back({{"name", slice_name(z, count)}, {"bytes", sizes[z]}});
    summary.jpeg_bytes += sizes[z];
  }
  const nlohmann::json manifest = {
      {"dims", volume.dims},
      {"slice_count", count},
      {"files", files},
      {"total_bytes", summary.jpeg_bytes},
      {"raw_int16_bytes", summary.raw_bytes},
      {"compression_ratio",
       static_cast<double>(summary.raw_bytes) / static_cast<double>(summary.jpeg_bytes)},
  };
  write_text(output, kStackManifestName, manifest.dump(2) + "\n");
  output.commit();
  return summary;
}

}  // namespace ctlite::core
