#include "app/cli/engine/token_geometry.h"

#include <algorithm>
#include <cmath>

#include "core/preprocessing/ctclip_geometry.h"

namespace ctlite::cli {
namespace {

// F.interpolate(align_corners=False) samples output o at input (o + 0.5)·in/out − 0.5; as an
// affine map of o: slope in/out, intercept 0.5·in/out − 0.5.
struct Affine {
  double slope = 1.0, intercept = 0.0;
  double operator()(double x) const { return slope * x + intercept; }
  Affine then(const Affine& next) const { return {next.slope * slope, next.slope * intercept + next.intercept}; }
};

Affine resize(double in, double out) { return {in / out, 0.5 * in / out - 0.5}; }

// Network grid index → source voxel index along one axis: undo the pad, the crop, then the
// resampling (core/preprocessing/ctclip_geometry.h).
Affine network_to_source(const core::AxisPlan& axis) {
  const Affine uncrop{1.0, static_cast<double>(axis.crop_start - axis.pad_before)};
  return uncrop.then(resize(static_cast<double>(axis.input_size), static_cast<double>(axis.resampled_size)));
}

}  // namespace

TokenGeometry::TokenGeometry(const core::Volume& source, const ModelInputGrid& model) : source_dims_(source.dims) {
  const core::CtClipGeometry plan = core::plan_ctclip_geometry(source.dims, source.spacing, source.source_path);
  // Model input axes per volume axis: x ← H, y ← W, z ← F.
  const std::array<std::int64_t, 3> model_size{model.image_size, model.image_size, model.slices};
  const std::array<std::int64_t, 3> patch{model.patch_size, model.patch_size, model.temporal_patch_size};
  for (std::size_t a = 0; a < 3; ++a) {
    const Affine model_to_network = resize(static_cast<double>(plan.axes[a].output_size),
                                           static_cast<double>(model_size[a]));
    // Token k covers model voxels k·p … k·p + p − 1; its centre is k·p + (p − 1)/2.
    const Affine token_to_model{static_cast<double>(patch[a]), 0.5 * static_cast<double>(patch[a] - 1)};
    const Affine total = token_to_model.then(model_to_network).then(network_to_source(plan.axes[a]));
    offset_[a] = total.intercept;
    step_[a] = total.slope;
  }
}

std::array<double, 3> TokenGeometry::token_centre(std::int64_t t, std::int64_t h, std::int64_t w) const {
  const std::array<double, 3> index{static_cast<double>(h), static_cast<double>(w), static_cast<double>(t)};
  std::array<double, 3> centre{};
  for (std::size_t a = 0; a < 3; ++a) centre[a] = offset_[a] + step_[a] * index[a];
  return centre;
}

std::array<std::int64_t, 3> TokenGeometry::token_voxel(std::int64_t t, std::int64_t h, std::int64_t w) const {
  const std::array<double, 3> centre = token_centre(t, h, w);
  std::array<std::int64_t, 3> voxel{};
  for (std::size_t a = 0; a < 3; ++a)
    voxel[a] = std::clamp<std::int64_t>(std::llround(centre[a]), 0, source_dims_[a] - 1);
  return voxel;
}

core::Volume TokenGeometry::token_grid_volume(const core::Volume& source, const TokenGrid3& grid) const {
  core::Volume volume;
  volume.dims = {grid.height, grid.width, grid.frames};
  for (std::size_t a = 0; a < 3; ++a) volume.spacing[a] = source.spacing[a] * step_[a];
  volume.origin = source.index_to_physical(token_centre(0, 0, 0));
  volume.direction = source.direction;
  volume.unit = core::IntensityUnit::Unknown;
  volume.source_format = "ctlite-pca";
  return volume;
}

}  // namespace ctlite::cli
