#pragma once
// The paper's compressed path, the CT-Lite student's input: lung window -> 8-bit -> JPEG (q90)
// per axial slice -> decode -> gray / 255 * 2 - 1 -> CT-CLIP's geometry (0.75 x 0.75 x 1.5 mm,
// centre crop/pad with -1 to (240, 480, 480) = (Z, X, Y)). No HU clip: the window already bounds
// the values. A volume that already is a lung-window JPEG stack (IntensityUnit::WindowedGray) is
// used as it is, without a second JPEG generation.

#include <cstdint>
#include <vector>

#include "core/common/progress.h"
#include "core/preprocessing/network_input.h"
#include "core/volume/volume.h"

namespace ctlite::core {

constexpr int kCompressedJpegQuality = 90;

struct CompressedPathOptions {
  int jpeg_quality = kCompressedJpegQuality;  // libjpeg's 1..100 scale
  int threads = 0;                            // 0 = one per core
};

// One lung-window JPEG per axial slice of a Hounsfield volume, slice z at index z (each slice
// is dims[0] wide and dims[1] high, x along rows). Throws InputError for a volume that is not in
// Hounsfield units and std::invalid_argument for a quality outside 1..100.
std::vector<std::vector<std::uint8_t>> encode_lung_window_jpeg_stack(const Volume& volume,
                                                                     int jpeg_quality, int threads,
                                                                     const Progress& progress = {});

// The lung-window gray levels the student sees, x fastest then y then z like Volume::voxels:
// for a Hounsfield volume after the JPEG round trip at `jpeg_quality`; for a WindowedGray volume
// its own levels (which must be whole numbers in 0..255 encoding the lung window).
std::vector<std::uint8_t> student_gray_levels(const Volume& volume,
                                              const CompressedPathOptions& options = {},
                                              const Progress& progress = {});

NetworkInput preprocess_compressed(const Volume& volume, const CompressedPathOptions& options = {},
                                   const Progress& progress = {});

// Same, reusing `output`'s storage.
void preprocess_compressed_into(const Volume& volume, const CompressedPathOptions& options,
                                const Progress& progress, NetworkInput& output);

}  // namespace ctlite::core
