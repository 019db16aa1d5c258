#pragma once
// Reads the PCA feature-map overlay the engine writes (ENGINE_PROTOCOL.md: NIfTI, atomically,
// into a folder the viewer names). Accepted layouts: 3 or 4 components per voxel, either as a
// NIfTI vector/RGB(A) datatype or as 3–4 time points; uint8 0..255 or float 0..1. With three
// components, pure black voxels are transparent (the engine paints outside the body black).

#include <QString>

#include "widgets/models/overlay_model.h"

namespace ctlite::widgets {

// Throws core::InputError naming the file and the problem.
OverlayPtr read_pca_overlay(const QString& path);

// Refuse overlays beyond this many voxels: the encoder's grid is tiny, a huge one is not ours.
constexpr long long kMaximumOverlayVoxels = 64LL * 1024 * 1024;

}  // namespace ctlite::widgets
