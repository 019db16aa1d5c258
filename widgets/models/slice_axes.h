#pragma once
// How each MPR view lays the voxel grid on the screen, derived from the volume's direction
// matrix. Views show the acquisition grid (no oblique resampling); every screen axis runs along
// the voxel axis closest to the radiological convention, so a flipped or permuted acquisition
// still shows the patient's right on the screen's left and anterior at the top.

#include <array>
#include <string>

namespace ctlite::widgets {

enum class ViewOrientation { Axial = 0, Coronal = 1, Sagittal = 2 };

struct SliceAxes {
  int normal_axis = 2;  // voxel axis the slice index steps along
  int right_axis = 0;   // voxel axis running across the screen
  int down_axis = 1;    // voxel axis running down the screen
  int right_sign = 1;   // +1: increasing voxel index moves to the screen's right
  int down_sign = 1;    // +1: increasing voxel index moves down the screen
};

// Letters at the four screen edges (e.g. "R", "L", "A", "P"; "LA" for an oblique axis).
struct EdgeLabels {
  std::string left, right, top, bottom;
};

// For each LPS patient axis (0 = L, 1 = P, 2 = S), the voxel axis that runs most nearly along it.
std::array<int, 3> patient_to_voxel_axes(const std::array<double, 9>& direction);

// Radiological display conventions: axial seen from the feet (R on screen left, A up),
// coronal seen from the front (R left, S up), sagittal seen from the patient's left (A left, S up).
SliceAxes slice_axes(const std::array<double, 9>& direction, ViewOrientation orientation);

EdgeLabels edge_labels(const std::array<double, 9>& direction, const SliceAxes& axes);

// DICOM-style orientation letters of an LPS direction: the dominant component first, other
// components that are not negligible after it ("L", "LP", "SAR").
std::string patient_direction_letters(const std::array<double, 3>& lps_direction);

const char* orientation_name(ViewOrientation orientation);

}  // namespace ctlite::widgets
