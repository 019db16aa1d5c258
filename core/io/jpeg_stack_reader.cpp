#include "core/io/jpeg_stack_reader.h"

#include <algorithm>
#include <cstring>
#include <filesystem>

#include "core/common/errors.h"
#include "core/common/parallel_slices.h"
#include "core/imaging/jpeg_codec.h"
#include "core/io/file_bytes.h"
#include "core/io/jpeg_stack_sidecar.h"
#include "core/io/natural_order.h"
#include "core/io/path_names.h"

namespace ctlite::core {
namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t kMaxSliceFileBytes = 64ull << 20;
constexpr std::uint64_t kMaxSidecarBytes = 1ull << 20;

bool has_jpeg_extension(const fs::path& path) {
  const std::string extension = lower_case_extension(path.string());
  return extension == ".jpg" || extension == ".jpeg";
}

Gray8Image decode_slice(const std::string& path) {
  const auto bytes = read_file_bytes(path, kMaxSliceFileBytes);
  return decode_gray8_jpeg(bytes.data(), bytes.size(), path);
}

}  // namespace

std::vector<std::string> list_jpeg_slices(const std::string& folder) {
  std::error_code error;
  fs::directory_iterator entries(folder, error);
  if (error) throw InputError(folder, "cannot list folder: " + error.message());
  std::vector<std::string> names;
  for (const auto& entry : entries) {
    const fs::path& path = entry.path();
    // Hidden files (".slice_0001.jpg" from macOS resource forks, temporaries) are never slices.
    if (path.filename().string().rfind('.', 0) == 0 || !has_jpeg_extension(path)) continue;
    if (!entry.is_regular_file(error)) continue;
    names.push_back(path.filename().string());
  }
  std::sort(names.begin(), names.end(), natural_less);
  std::vector<std::string> paths;
  paths.reserve(names.size());
  for (const auto& name : names) paths.push_back((fs::path(folder) / name).string());
  return paths;
}

Volume read_jpeg_stack(const std::string& folder, const ctlite::Progress& progress,
                       ReadNotes* notes) {
  const std::vector<std::string> slices = list_jpeg_slices(folder);
  if (slices.empty()) throw InputError(folder, "folder holds no .jpg/.jpeg slices");

  Volume volume;
  volume.source_path = folder;
  volume.source_format = "jpeg-stack";
  volume.unit = IntensityUnit::WindowedGray;

  const std::string sidecar_path = (fs::path(folder) / kStackSidecarName).string();
  std::error_code error;
  JpegStackSidecar sidecar;
  if (fs::exists(sidecar_path, error)) {
    const auto text = read_file_bytes(sidecar_path, kMaxSidecarBytes);
    sidecar = parse_stack_sidecar(std::string(text.begin(), text.end()), sidecar_path);
  } else {
    add_note(notes, std::string("no ") + kStackSidecarName + " beside the slices: spacing 1 mm, " +
                        "origin 0 and identity orientation assumed; gray levels taken as the " +
                        "default lung window (center " +
                        std::to_string(int(sidecar.window.center)) + ", width " +
                        std::to_string(int(sidecar.window.width)) + ")");
  }
  volume.spacing = sidecar.spacing;
  volume.origin = sidecar.origin;
  volume.direction = sidecar.direction;
  volume.stored_window = sidecar.window;
  volume.metadata.series_description = sidecar.source;

  // The first slice fixes the grid; the whole volume is checked against the voxel limit
  // before it is allocated.
  const Gray8Image first = decode_slice(slices[0]);
  volume.allocate({first.width, first.height, static_cast<std::int64_t>(slices.size())});
  const std::size_t slice_voxels = first.pixels.size();

  auto store = [&](std::size_t index, const Gray8Image& image) {
    if (image.width != first.width || image.height != first.height)
      throw InputError(slices[index], "slice is " + std::to_string(image.width) + "x" +
                                          std::to_string(image.height) + " but " +
                                          fs::path(slices[0]).filename().string() + " is " +
                                          std::to_string(first.width) + "x" +
                                          std::to_string(first.height));
    float* target = volume.voxels.data() + index * slice_voxels;
    for (std::size_t i = 0; i < slice_voxels; ++i) target[i] = image.pixels[i];
  };
  store(0, first);
  for_each_slice_in_parallel(static_cast<std::int64_t>(slices.size()) - 1, resolve_thread_count(0),
                             progress, "load", [&](std::int64_t i, int) {
                               const auto index = static_cast<std::size_t>(i) + 1;
                               store(index, decode_slice(slices[index]));
                             });
  return volume;
}

}  // namespace ctlite::core
