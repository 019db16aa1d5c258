#pragma once
// CT-CLIP's NIfTI -> network-input preprocessing (ctvit-architecture.md §6), reproduced exactly:
// HU clip to [-1000, 1000], trilinear resampling to 0.75 x 0.75 x 1.5 mm (align_corners=False,
// float64), /1000, float32, centre crop/pad with -1 to (240, 480, 480) = (Z, X, Y).
//
// Like CT-CLIP, the affine is ignored: voxel axis x is NIfTI i (network H), y is NIfTI j
// (network W), z is NIfTI k (network F), whatever the direction cosines say. Only
// volume.spacing is used.

#include <string>

#include "core/common/progress.h"
#include "core/preprocessing/network_input.h"
#include "core/volume/volume.h"

namespace ctlite::core {

// The two upstream scripts differ only in where the HU clip happens.
enum class CtClipVariant {
  Inference,  // scripts/data_inference_nii.py (zero_shot.py): clip before resampling
  Training,   // scripts/data.py: clip after resampling
};

struct CtClipOptions {
  CtClipVariant variant = CtClipVariant::Inference;
  int threads = 0;  // 0 = one per core
};

// Throws InputError(volume.source_path, ...) when the volume is not in Hounsfield units, its voxel
// buffer does not match its dims, or its spacing cannot be resampled.
NetworkInput preprocess_ctclip(const Volume& volume, const CtClipOptions& options = {},
                               const Progress& progress = {});

// Same, reusing `output`'s storage (a (240, 480, 480) float buffer is 221 MB; fresh ones cost
// page faults on every call).
void preprocess_ctclip_into(const Volume& volume, const CtClipOptions& options,
                            const Progress& progress, NetworkInput& output);

// Parses a variant name as used on the command line: "inference" or "training".
CtClipVariant parse_ctclip_variant(const std::string& name);

// Checks that volume.voxels matches volume.dims; throws InputError naming volume.source_path.
void require_consistent_voxels(const Volume& volume);

}  // namespace ctlite::core
