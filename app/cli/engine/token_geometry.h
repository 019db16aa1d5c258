#pragma once
// Where the CT-Lite model's tokens lie in the input volume's voxel grid. Preprocessing maps each
// voxel axis on its own (CT-CLIP resamples per axis to 0.75 × 0.75 × 1.5 mm and centre-crops or
// pads to 480 × 480 × 240; the model may then see that grid resized to its own input size), so a
// token index maps to a source voxel index through one increasing affine function per axis. The
// network axes (F, H, W) are the volume's (z, x, y): CT-CLIP ignores the direction cosines.

#include <array>
#include <cstdint>

#include "core/volume/volume.h"

namespace ctlite::cli {

struct TokenGrid3 {
  std::int64_t frames = 0, height = 0, width = 0;  // tokens along z, x, y
};

struct ModelInputGrid {
  std::int64_t slices = 0;                // F of the model's input
  std::int64_t image_size = 0;            // H = W of the model's input
  std::int64_t temporal_patch_size = 0;   // slices per token
  std::int64_t patch_size = 0;            // in-plane voxels per token side
};

class TokenGeometry {
 public:
  // Throws core::InputError (the volume's path) when its grid cannot be planned.
  TokenGeometry(const core::Volume& source, const ModelInputGrid& model);

  // Continuous source voxel index (x, y, z) of the centre of token (t, h, w).
  std::array<double, 3> token_centre(std::int64_t t, std::int64_t h, std::int64_t w) const;
  // The same rounded and clamped into the source grid (a token over padding points at the edge).
  std::array<std::int64_t, 3> token_voxel(std::int64_t t, std::int64_t h, std::int64_t w) const;
  // A volume geometry (dims = token grid, x = h, y = w, z = t) whose voxel centres are the token
  // centres in the source's physical space, for overlays; voxels are left empty.
  core::Volume token_grid_volume(const core::Volume& source, const TokenGrid3& grid) const;

 private:
  // source index = offset[a] + step[a] · token index, for axes x, y, z.
  std::array<double, 3> offset_{}, step_{};
  std::array<std::int64_t, 3> source_dims_{};
};

}  // namespace ctlite::cli
