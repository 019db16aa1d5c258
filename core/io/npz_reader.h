#pragma once
// RAD-ChestCT volumes: a numpy .npz (zip) holding `ct.npy`, int16 Hounsfield units shaped
// [slices, rows, columns], resampled by the dataset's authors to 0.8 mm isotropic voxels.

#include <array>
#include <cstdint>
#include <string>

#include "core/common/progress.h"
#include "core/io/read_notes.h"
#include "core/volume/volume.h"

namespace ctlite::core {

constexpr double kRadChestCtSpacingMm = 0.8;
constexpr const char* kRadChestCtEntry = "ct.npy";

// Reads `ct.npy` (or the archive's only .npy entry, with a note). C or Fortran order,
// descr i1/u1/i2/u2/i4/f4/f8 in either byte order. InputError naming the file on damage.
Volume read_npz(const std::string& path, const ctlite::Progress& progress = {},
                ReadNotes* notes = nullptr);

// The (columns, rows, slices) of the volume read_npz would return, from the headers only.
std::array<std::int64_t, 3> read_npz_dims(const std::string& path);

}  // namespace ctlite::core
