#pragma once
// The key images of a findings report: axial, coronal and sagittal MPR slices through one voxel
// (the strongest evidence), windowed, displayed with square pixels in millimetres, optionally
// with a heat overlay (a PCA component or evidence map) blended on top. Plain RGB bytes, so the
// Qt PDF writer and the tests share one implementation and no pixels are lost to JPEG.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/exports/findings_report.h"
#include "core/volume/volume.h"

namespace ctlite::core {

struct KeyImage {
  std::string plane;  // "axial", "coronal", "sagittal"
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgb;  // width * height * 3, row-major, top row first
};

// Radiological display: axial and coronal show the patient's left on the image right; rows run
// anterior->posterior (axial) and superior->inferior (coronal, sagittal), assuming the usual
// LPS-aligned axial acquisition. Each slice is resampled (nearest neighbour) to `pixel_mm`
// square pixels so slice thickness does not squash coronal and sagittal views.
// `overlay` (may be null) must have the volume's grid; its values are normalised over the
// volume and blended with weight 0.45 in a black-red-yellow ramp.
// InputError (naming the volume's source) when `voxel` lies outside or the overlay grid differs.
std::vector<KeyImage> key_images(const Volume& volume, const std::array<std::int64_t, 3>& voxel,
                                 const DisplayWindow& window, const Volume* overlay,
                                 double pixel_mm);

// An RGB map on its own grid, placed by its geometry: the engine's PCA feature map (`ctlite
// score --pca`), written on the encoder's token grid. Black voxels (outside the body) are
// transparent.
struct RgbOverlay {
  Volume grid;  // dims and geometry; no voxels
  std::vector<std::uint8_t> rgb;  // 3 bytes per grid voxel, x fastest
};

// As above with the RGB map blended (weight 0.45) where a CT voxel's centre falls inside a
// coloured map voxel. InputError naming the map when its byte count does not fit its grid.
std::vector<KeyImage> key_images(const Volume& volume, const std::array<std::int64_t, 3>& voxel,
                                 const DisplayWindow& window, const RgbOverlay& overlay,
                                 double pixel_mm);

struct KeyVoxel {
  std::array<std::int64_t, 3> voxel{};
  std::string reason;  // printed beside the images
};

// The evidence voxel of the highest-ranked finding that has one and lies inside `volume`
// (FindingsReport::ranked_findings), else the volume's centre.
KeyVoxel choose_key_voxel(const FindingsReport& report, const Volume& volume);

// Display pixel size giving at most `max_pixels` along the volume's longest extent, and never
// finer than its finest spacing.
double key_image_pixel_mm(const Volume& volume, int max_pixels = 512);

}  // namespace ctlite::core
