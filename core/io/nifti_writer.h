#pragma once
// Writes a Volume as a NIfTI-1 file (.nii, or gzip-compressed when the name ends in .gz),
// atomically: the file appears complete under its name or not at all.

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/progress.h"
#include "core/volume/volume.h"

namespace ctlite::core {

enum class NiftiStorage {
  Int16,    // integers in int16 range are stored as is; anything else through scl_slope/scl_inter
  Float32,  // exact
};

struct NiftiWriteOptions {
  NiftiStorage storage = NiftiStorage::Int16;
  // gzip level for .gz names: 1 is ~4x faster than zlib's default 6 and barely larger on CT.
  int gzip_level = 1;
};

// Geometry goes into both sform and qform (code 1, scanner), converted from LPS to RAS.
// OutputError naming `path` when the file cannot be written.
void write_nifti(const Volume& volume, const std::string& path,
                 const NiftiWriteOptions& options = {}, const ctlite::Progress& progress = {});

// Writes a colour overlay (e.g. the engine's PCA feature map) as a NIfTI-1 RGB24 file: 3 bytes
// per voxel, x fastest, on `geometry`'s grid (its dims, spacing, origin and direction; its voxels
// are ignored). `description` goes into the header's descrip field. Same atomicity and errors as
// write_nifti.
void write_rgb_nifti(const Volume& geometry, const std::vector<std::uint8_t>& rgb,
                     const std::string& path, const std::string& description);

}  // namespace ctlite::core
