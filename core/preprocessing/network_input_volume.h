#pragma once
// A network input viewed as a Volume again (x fastest), e.g. to save it as NIfTI and overlay it
// on the source in a viewer.

#include "core/preprocessing/ctclip_geometry.h"
#include "core/preprocessing/network_input.h"
#include "core/volume/volume.h"

namespace ctlite::core {

// dims (480, 480, 240), voxels transposed from (Z, X, Y) to x fastest, unit Unknown (the values
// are on the network's [-1, 1] scale, not HU). Spacing is CT-CLIP's nominal 0.75 x 0.75 x 1.5 mm;
// the true sample step is source spacing * in / out, which differs from it by the truncation of
// the resampled size (less than one voxel over the whole extent). Origin and direction place
// output voxel (0, 0, 0) where align_corners=False sampled it in the source, so the result
// overlays the source; CT-CLIP itself ignores the affine. `geometry` is the plan that produced
// `input` from `source`.
Volume network_input_as_volume(const NetworkInput& input, const Volume& source,
                               const CtClipGeometry& geometry);

}  // namespace ctlite::core
