#pragma once
// The geometry half of CT-CLIP's preprocessing (ctvit-architecture.md §6 steps 4-12), shared by
// the HU path and the compressed (lung-window JPEG) path: trilinear resampling to 0.75/0.75/1.5 mm
// with align_corners=False, the centre crop/pad into (240, 480, 480) and the final float32 cast.
//
// Trilinear interpolation is a tensor product of 1-D linear interpolations, so it is computed
// separably (z, then y, then x) from precomputed tap tables, and only for the samples that survive
// the crop. In exact arithmetic this equals ATen's nested evaluation; in float64 the two differ by
// a few ulps, far below the float32 output. Output slices are independent, so they are spread
// over threads.

#include <array>
#include <cstdint>

#include "core/common/progress.h"
#include "core/preprocessing/ctclip_geometry.h"
#include "core/preprocessing/network_input.h"

namespace ctlite::core {

struct ValueClip {
  bool enabled = false;
  double low = 0.0;
  double high = 0.0;
};

// Where values are clipped and how they are scaled; everything before the float32 cast is float64.
struct ResampleValueRules {
  ValueClip clip_before;    // on source samples (CT-CLIP inference: HU to [-1000, 1000])
  ValueClip clip_after;     // on interpolated values (CT-CLIP training)
  double divisor = 1.0;     // CT-CLIP divides HU by 1000 after resampling
  float pad_value = -1.0f;  // CT-CLIP pads with -1 (air on the network's scale)
};

// `source` holds geometry.axes[0..2].input_size voxels, x fastest then y then z. `output` is
// resized to (240, 480, 480) (its storage is reused when it already has that size).
// threads: 0 = one per core.
void resample_crop_pad(const float* source, const CtClipGeometry& geometry,
                       const ResampleValueRules& rules, int threads, const Progress& progress,
                       NetworkInput& output);

// The value each 8-bit gray level stands for.
using GrayLevelValues = std::array<double, 256>;

// Same for an 8-bit source (a lung-window stack): each gray level is replaced by levels[gray]
// before interpolation; clip_before then applies to that value.
void resample_crop_pad(const std::uint8_t* source, const GrayLevelValues& levels,
                       const CtClipGeometry& geometry, const ResampleValueRules& rules, int threads,
                       const Progress& progress, NetworkInput& output);

}  // namespace ctlite::core
