#include "core/preprocessing/ctclip_preprocessor.h"

#include <stdexcept>

#include "core/common/errors.h"
#include "core/preprocessing/ctclip_geometry.h"
#include "core/preprocessing/separable_resampler.h"

namespace ctlite::core {
namespace {

// CT-CLIP's HU range and scale: HU in [-1000, 1000] / 1000 -> [-1, 1].
constexpr double kHounsfieldLow = -1000.0;
constexpr double kHounsfieldHigh = 1000.0;
constexpr double kHounsfieldScale = 1000.0;

}  // namespace

void require_consistent_voxels(const Volume& volume) {
  for (std::int64_t d : volume.dims)
    if (d <= 0) throw InputError(volume.source_path, "volume is empty");
  if (volume.voxels.size() != volume.voxel_count())
    throw InputError(volume.source_path,
                     "voxel buffer holds " + std::to_string(volume.voxels.size()) +
                         " values but the dimensions need " + std::to_string(volume.voxel_count()));
}

void preprocess_ctclip_into(const Volume& volume, const CtClipOptions& options,
                            const Progress& progress, NetworkInput& output) {
  if (volume.unit != IntensityUnit::Hounsfield)
    throw InputError(volume.source_path,
                     "CT-CLIP preprocessing needs Hounsfield units; this volume is " +
                         std::string(volume.unit == IntensityUnit::WindowedGray
                                         ? "8-bit windowed gray levels (use the compressed path)"
                                         : "not calibrated"));
  require_consistent_voxels(volume);
  const CtClipGeometry geometry =
      plan_ctclip_geometry(volume.dims, volume.spacing, volume.source_path);
  ResampleValueRules rules;
  const ValueClip hounsfield_clip{true, kHounsfieldLow, kHounsfieldHigh};
  if (options.variant == CtClipVariant::Inference)
    rules.clip_before = hounsfield_clip;
  else
    rules.clip_after = hounsfield_clip;
  rules.divisor = kHounsfieldScale;
  resample_crop_pad(volume.voxels.data(), geometry, rules, options.threads, progress, output);
}

NetworkInput preprocess_ctclip(const Volume& volume, const CtClipOptions& options,
                               const Progress& progress) {
  NetworkInput output;
  preprocess_ctclip_into(volume, options, progress, output);
  return output;
}

CtClipVariant parse_ctclip_variant(const std::string& name) {
  if (name == "inference") return CtClipVariant::Inference;
  if (name == "training") return CtClipVariant::Training;
  throw std::invalid_argument("unknown preprocessing variant '" + name +
                              "' (expected inference or training)");
}

}  // namespace ctlite::core
