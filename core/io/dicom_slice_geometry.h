#pragma once
// Orders the frames of one DICOM series into a volume and derives its geometry, refusing
// series that are not one regular volume (mixed orientations or sizes, several images at one
// position, sheared stacks, uneven spacing) instead of producing a silently wrong grid.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/io/dicom_image_header.h"

namespace ctlite::core {

// One frame of one file of the series.
struct DicomSliceRef {
  std::size_t file = 0;    // index into the headers passed to arrange_dicom_slices
  std::int64_t frame = 0;  // frame within that file
};

struct DicomStackGeometry {
  std::vector<DicomSliceRef> slices;  // distinct slices, ascending along the slice normal
  std::vector<double> offsets;        // each slice's position along the normal, mm (ascending)
  std::array<double, 3> origin{0.0, 0.0, 0.0};   // LPS position of the first slice's first voxel
  std::array<double, 3> spacing{1.0, 1.0, 1.0};  // x, y, and the slice step along z
  std::array<double, 9> direction{1, 0, 0, 0, 1, 0, 0, 0, 1};  // Volume's convention
  bool evenly_spaced = true;  // false only when uneven spacing was allowed: offsets are exact
  std::vector<std::string> warnings;
};

// `series_path` names the series in error messages. With allow_uneven_spacing false, uneven
// slice steps (missing slices, mixed reconstructions) are an InputError; with it true they are
// returned with evenly_spaced == false, spacing[2] == the median step, and a warning.
DicomStackGeometry arrange_dicom_slices(const std::vector<DicomImageHeader>& files,
                                        const std::string& series_path, bool allow_uneven_spacing);

}  // namespace ctlite::core
