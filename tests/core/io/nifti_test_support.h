#pragma once
// nibabel's view of a NIfTI file, for cross-checking our reader and writer.

#include <array>
#include <string>
#include <vector>

#include "core/volume/volume.h"

namespace ctlite::core::testing {

struct NibabelReference {
  std::vector<long> shape;
  std::array<std::array<double, 4>, 4> affine{};  // RAS, as img.affine
  std::vector<float> first_volume;                // get_fdata() of volume 0, x fastest
};

// One Python run (nibabel's import alone takes seconds here): first `setup_python` (which may
// create the files), then the reference of every path, in order.
std::vector<NibabelReference> nibabel_references(const std::vector<std::string>& paths,
                                                 const std::string& setup_python = "");

// Dimensions, affine (1e-4) and every voxel (1e-5 relative) equal nibabel's.
void expect_matches_reference(const Volume& volume, const NibabelReference& reference);

// The RAS affine that a Volume's LPS geometry describes (what nibabel would report).
std::array<std::array<double, 4>, 4> ras_affine(const Volume& volume);

}  // namespace ctlite::core::testing
