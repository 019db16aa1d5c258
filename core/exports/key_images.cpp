#include "core/exports/key_images.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/common/errors.h"
#include "core/imaging/lung_window.h"

namespace ctlite::core {

namespace {

// A voxel lookup for one display pixel: (column, row) in millimetres -> voxel index.
using VoxelAt = std::function<std::array<std::int64_t, 3>(double column_mm, double row_mm)>;
// The overlay colour of a CT voxel; false where the overlay is transparent.
using OverlayColour = std::function<bool(const std::array<std::int64_t, 3>& voxel, std::uint8_t* rgb)>;

struct OverlayScale {
  float low = 0.0f;
  float range = 1.0f;
};

OverlayScale overlay_scale(const Volume& overlay) {
  const auto [low, high] = std::minmax_element(overlay.voxels.begin(), overlay.voxels.end());
  return {*low, std::max(*high - *low, 1e-12f)};
}

void heat(double t, std::uint8_t* rgb) {
  // Black -> red -> yellow: luminance rises with the value, readable in greyscale print too.
  rgb[0] = static_cast<std::uint8_t>(std::lround(255.0 * std::clamp(2.0 * t, 0.0, 1.0)));
  rgb[1] = static_cast<std::uint8_t>(std::lround(255.0 * std::clamp(2.0 * t - 1.0, 0.0, 1.0)));
  rgb[2] = 0;
}

KeyImage render(const std::string& plane, double width_mm, double height_mm, double pixel_mm,
                const VoxelAt& voxel_at, const Volume& volume, const DisplayWindow& window,
                const OverlayColour& overlay) {
  KeyImage image;
  image.plane = plane;
  image.width = std::max(1, static_cast<int>(std::lround(width_mm / pixel_mm)));
  image.height = std::max(1, static_cast<int>(std::lround(height_mm / pixel_mm)));
  image.rgb.resize(static_cast<std::size_t>(image.width) * image.height * 3);
  constexpr double kOverlayWeight = 0.45;
  for (int row = 0; row < image.height; ++row) {
    for (int column = 0; column < image.width; ++column) {
      const auto ijk = voxel_at((column + 0.5) * pixel_mm, (row + 0.5) * pixel_mm);
      std::uint8_t* pixel = &image.rgb[(static_cast<std::size_t>(row) * image.width + column) * 3];
      const std::uint8_t gray = window_to_gray8(volume.at(ijk[0], ijk[1], ijk[2]), window);
      pixel[0] = pixel[1] = pixel[2] = gray;
      std::uint8_t colour[3];
      if (!overlay || !overlay(ijk, colour)) continue;
      for (int c = 0; c < 3; ++c)
        pixel[c] = static_cast<std::uint8_t>(
            std::lround((1.0 - kOverlayWeight) * pixel[c] + kOverlayWeight * colour[c]));
    }
  }
  return image;
}

std::vector<KeyImage> key_images_coloured(const Volume& volume, const std::array<std::int64_t, 3>& voxel,
                                          const DisplayWindow& window, const OverlayColour& overlay,
                                          double pixel_mm) {
  for (std::size_t axis = 0; axis < 3; ++axis)
    if (voxel[axis] < 0 || voxel[axis] >= volume.dims[axis])
      throw InputError(volume.source_path, "key image voxel lies outside the volume");
  if (!(pixel_mm > 0.0)) throw std::invalid_argument("key_images: pixel_mm must be positive");

  const auto& dims = volume.dims;
  const auto& spacing = volume.spacing;
  const double extent[3] = {dims[0] * spacing[0], dims[1] * spacing[1], dims[2] * spacing[2]};
  auto index = [&](double mm, std::size_t axis) {
    return std::clamp<std::int64_t>(static_cast<std::int64_t>(mm / spacing[axis]), 0,
                                    dims[axis] - 1);
  };
  // Slice index z grows towards the head for LPS-aligned axial series, so display rows (top =
  // superior) count slices downwards.
  auto superior_down = [&](double row_mm) { return dims[2] - 1 - index(row_mm, 2); };

  std::vector<KeyImage> images;
  images.push_back(render("axial", extent[0], extent[1], pixel_mm,
                          [&](double c, double r) {
                            return std::array<std::int64_t, 3>{index(c, 0), index(r, 1), voxel[2]};
                          },
                          volume, window, overlay));
  images.push_back(render("coronal", extent[0], extent[2], pixel_mm,
                          [&](double c, double r) {
                            return std::array<std::int64_t, 3>{index(c, 0), voxel[1],
                                                               superior_down(r)};
                          },
                          volume, window, overlay));
  images.push_back(render("sagittal", extent[1], extent[2], pixel_mm,
                          [&](double c, double r) {
                            return std::array<std::int64_t, 3>{voxel[0], index(c, 1),
                                                               superior_down(r)};
                          },
                          volume, window, overlay));
  return images;
}

}  // namespace

std::vector<KeyImage> key_images(const Volume& volume, const std::array<std::int64_t, 3>& voxel,
                                 const DisplayWindow& window, const Volume* overlay,
                                 double pixel_mm) {
  if (!overlay) return key_images_coloured(volume, voxel, window, nullptr, pixel_mm);
  if (overlay->dims != volume.dims)
    throw InputError(overlay->source_path, "the overlay's grid differs from the CT's");
  const OverlayScale scale = overlay_scale(*overlay);
  return key_images_coloured(
      volume, voxel, window,
      [&](const std::array<std::int64_t, 3>& ijk, std::uint8_t* rgb) {
        heat((overlay->at(ijk[0], ijk[1], ijk[2]) - scale.low) / scale.range, rgb);
        return true;
      },
      pixel_mm);
}

std::vector<KeyImage> key_images(const Volume& volume, const std::array<std::int64_t, 3>& voxel,
                                 const DisplayWindow& window, const RgbOverlay& overlay,
                                 double pixel_mm) {
  const Volume& grid = overlay.grid;
  if (grid.voxel_count() == 0 || overlay.rgb.size() != grid.voxel_count() * 3)
    throw InputError(grid.source_path, "the RGB overlay holds " + std::to_string(overlay.rgb.size()) +
                                           " bytes for " + std::to_string(grid.voxel_count()) + " voxels");
  return key_images_coloured(
      volume, voxel, window,
      [&](const std::array<std::int64_t, 3>& ijk, std::uint8_t* rgb) {
        // CT voxel centre -> LPS -> the map's voxel (its direction columns are orthonormal).
        const auto point = volume.index_to_physical(
            {static_cast<double>(ijk[0]), static_cast<double>(ijk[1]), static_cast<double>(ijk[2])});
        std::array<std::int64_t, 3> cell{};
        for (std::size_t a = 0; a < 3; ++a) {
          double along = 0.0;
          for (std::size_t r = 0; r < 3; ++r) along += grid.direction[r * 3 + a] * (point[r] - grid.origin[r]);
          cell[a] = static_cast<std::int64_t>(std::lround(along / grid.spacing[a]));
          if (cell[a] < 0 || cell[a] >= grid.dims[a]) return false;
        }
        const std::uint8_t* colour = &overlay.rgb[grid.index(cell[0], cell[1], cell[2]) * 3];
        if (colour[0] == 0 && colour[1] == 0 && colour[2] == 0) return false;
        std::copy(colour, colour + 3, rgb);
        return true;
      },
      pixel_mm);
}

KeyVoxel choose_key_voxel(const FindingsReport& report, const Volume& volume) {
  for (const FindingResult* finding : report.ranked_findings()) {
    if (!finding->evidence_voxel) continue;
    const auto& voxel = *finding->evidence_voxel;
    bool inside = true;
    for (std::size_t axis = 0; axis < 3; ++axis)
      inside = inside && voxel[axis] >= 0 && voxel[axis] < volume.dims[axis];
    if (inside)
      return {voxel, "strongest evidence of '" + finding->name + "' (score " +
                         std::to_string(finding->score).substr(0, 5) + ")"};
  }
  return {{volume.dims[0] / 2, volume.dims[1] / 2, volume.dims[2] / 2},
          "volume centre (no evidence location reported)"};
}

double key_image_pixel_mm(const Volume& volume, int max_pixels) {
  double longest = 0.0;
  double finest = volume.spacing[0];
  for (std::size_t axis = 0; axis < 3; ++axis) {
    longest = std::max(longest, static_cast<double>(volume.dims[axis]) * volume.spacing[axis]);
    finest = std::min(finest, volume.spacing[axis]);
  }
  return std::max(finest, longest / max_pixels);
}

}  // namespace ctlite::core
