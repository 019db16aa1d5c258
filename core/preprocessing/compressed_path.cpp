#include "core/preprocessing/compressed_path.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>

#include "core/common/errors.h"
#include "core/imaging/jpeg_codec.h"
#include "core/preprocessing/ctclip_geometry.h"
#include "core/preprocessing/ctclip_preprocessor.h"
#include "core/common/huge_page_buffer.h"
#include "core/imaging/lung_window.h"
#include "core/common/parallel_slices.h"
#include "core/preprocessing/separable_resampler.h"

namespace ctlite::core {
namespace {

void require_hounsfield(const Volume& volume) {
  if (volume.unit != IntensityUnit::Hounsfield)
    throw InputError(volume.source_path,
                     "the lung window needs Hounsfield units; this volume is not calibrated");
}

void require_quality(int quality) {
  if (quality < 1 || quality > 100)
    throw std::invalid_argument("JPEG quality must be 1..100, got " + std::to_string(quality));
}

// A second JPEG generation or a different window would not be what the student was trained on.
std::vector<std::uint8_t> gray_levels_of_windowed_volume(const Volume& volume) {
  const DisplayWindow& window = volume.stored_window;
  if (window.center != kLungWindow.center || window.width != kLungWindow.width)
    throw InputError(volume.source_path,
                     "gray levels encode the window " + std::to_string(window.center) + "/" +
                         std::to_string(window.width) +
                         " HU; the compressed path needs the lung window -600/1500");
  std::vector<std::uint8_t> gray(volume.voxels.size());
  for (std::size_t i = 0; i < gray.size(); ++i) {
    const float level = volume.voxels[i];
    if (!(level >= 0.0f && level <= 255.0f) || level != std::floor(level))
      throw InputError(volume.source_path,
                       "gray level " + std::to_string(level) + " is not a whole number in 0..255");
    gray[i] = static_cast<std::uint8_t>(level);
  }
  return gray;
}

// Windows and encodes slice z; `gray` is the calling worker's scratch slice.
std::vector<std::uint8_t> encode_slice(const Volume& volume, std::int64_t z, int quality,
                                       std::vector<std::uint8_t>& gray) {
  const int width = static_cast<int>(volume.dims[0]);
  const int height = static_cast<int>(volume.dims[1]);
  gray.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
  window_slice_to_gray8(volume, z, kLungWindow, gray.data());
  return encode_gray8_jpeg(gray.data(), width, height, quality);
}

// Checks shared by both JPEG paths before any slice is encoded.
void require_jpeg_encodable(const Volume& volume, int quality) {
  require_hounsfield(volume);
  require_consistent_voxels(volume);
  require_quality(quality);
  for (int axis = 0; axis < 2; ++axis)
    if (volume.dims[axis] > kMaxJpegSide)
      throw InputError(volume.source_path, "slices wider than " + std::to_string(kMaxJpegSide) +
                                               " pixels cannot be stored as JPEG");
}

GrayLevelValues network_values_of_gray_levels() {
  GrayLevelValues levels{};
  for (int g = 0; g < 256; ++g)
    levels[static_cast<std::size_t>(g)] = gray8_to_network(static_cast<std::uint8_t>(g));
  return levels;
}

}  // namespace

std::vector<std::vector<std::uint8_t>> encode_lung_window_jpeg_stack(const Volume& volume,
                                                                     int jpeg_quality, int threads,
                                                                     const Progress& progress) {
  require_jpeg_encodable(volume, jpeg_quality);
  const int workers = resolve_thread_count(threads);
  std::vector<std::vector<std::uint8_t>> scratch(static_cast<std::size_t>(workers));
  std::vector<std::vector<std::uint8_t>> stack(static_cast<std::size_t>(volume.dims[2]));
  for_each_slice_in_parallel(
      volume.dims[2], workers, progress, "compress", [&](std::int64_t z, int worker) {
        stack[static_cast<std::size_t>(z)] =
            encode_slice(volume, z, jpeg_quality, scratch[static_cast<std::size_t>(worker)]);
      });
  return stack;
}

std::vector<std::uint8_t> student_gray_levels(const Volume& volume,
                                              const CompressedPathOptions& options,
                                              const Progress& progress) {
  if (volume.unit == IntensityUnit::WindowedGray) {
    require_consistent_voxels(volume);
    return gray_levels_of_windowed_volume(volume);
  }
  require_jpeg_encodable(volume, options.jpeg_quality);
  const std::size_t slice_size = static_cast<std::size_t>(volume.dims[0] * volume.dims[1]);
  const int workers = resolve_thread_count(options.threads);
  std::vector<std::vector<std::uint8_t>> scratch(static_cast<std::size_t>(workers));
  std::vector<std::uint8_t> gray;
  resize_with_huge_pages(gray, volume.voxels.size());
  for_each_slice_in_parallel(
      volume.dims[2], workers, progress, "compress", [&](std::int64_t z, int worker) {
        const auto jpeg = encode_slice(volume, z, options.jpeg_quality,
                                       scratch[static_cast<std::size_t>(worker)]);
        const Gray8Image decoded = decode_gray8_jpeg(
            jpeg.data(), jpeg.size(), volume.source_path + " (slice " + std::to_string(z) + ")");
        if (decoded.pixels.size() != slice_size)
          throw std::logic_error("JPEG round trip changed the slice size");
        std::copy(
            decoded.pixels.begin(), decoded.pixels.end(),
            gray.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(z) * slice_size));
      });
  return gray;
}

void preprocess_compressed_into(const Volume& volume, const CompressedPathOptions& options,
                                const Progress& progress, NetworkInput& output) {
  const CtClipGeometry geometry =
      plan_ctclip_geometry(volume.dims, volume.spacing, volume.source_path);
  const std::vector<std::uint8_t> gray = student_gray_levels(volume, options, progress);
  static const GrayLevelValues levels = network_values_of_gray_levels();
  resample_crop_pad(gray.data(), levels, geometry, ResampleValueRules{}, options.threads, progress,
                    output);
}

NetworkInput preprocess_compressed(const Volume& volume, const CompressedPathOptions& options,
                                   const Progress& progress) {
  NetworkInput output;
  preprocess_compressed_into(volume, options, progress, output);
  return output;
}

}  // namespace ctlite::core
