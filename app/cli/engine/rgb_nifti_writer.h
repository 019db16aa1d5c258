#pragma once
// Writes an RGB overlay (the PCA feature map) as a NIfTI-1 RGB24 file, atomically. core's
// write_nifti stores one scalar per voxel; the viewer's overlay reader (ENGINE_PROTOCOL.md) takes
// 3 uint8 components per voxel, which only the RGB24 datatype (or a 4-D file) holds.

#include <cstdint>
#include <string>
#include <vector>

#include "core/volume/volume.h"

namespace ctlite::cli {

// `geometry` gives dims, spacing, origin and direction (its voxels are ignored); `rgb` holds
// 3 bytes per voxel, x fastest. Gzip-compressed when `path` ends in .gz. Throws
// core::OutputError naming `path`.
void write_rgb_nifti(const core::Volume& geometry, const std::vector<std::uint8_t>& rgb, const std::string& path);

}  // namespace ctlite::cli
