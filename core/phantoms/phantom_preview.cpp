#include "core/phantoms/phantom_preview.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "core/common/errors.h"
#include "core/phantoms/png_writer.h"

namespace ctlite::core {

namespace {

constexpr int kGap = 2;

// Trilinear sample at a continuous voxel index; outside the grid is padding.
double sample(const Volume& v, double i, double j, double k) {
  if (i < -0.5 || j < -0.5 || k < -0.5 || i > v.dims[0] - 0.5 || j > v.dims[1] - 0.5 ||
      k > v.dims[2] - 0.5)
    return -1024.0;
  const auto clampi = [](double x, std::int64_t n) {
    return std::clamp(x, 0.0, static_cast<double>(n - 1));
  };
  i = clampi(i, v.dims[0]);
  j = clampi(j, v.dims[1]);
  k = clampi(k, v.dims[2]);
  const auto i0 = static_cast<std::int64_t>(i), j0 = static_cast<std::int64_t>(j),
             k0 = static_cast<std::int64_t>(k);
  const std::int64_t i1 = std::min(i0 + 1, v.dims[0] - 1), j1 = std::min(j0 + 1, v.dims[1] - 1),
                     k1 = std::min(k0 + 1, v.dims[2] - 1);
  const double ti = i - i0, tj = j - j0, tk = k - k0;
  const auto plane = [&](std::int64_t kk) {
    const double a = v.at(i0, j0, kk) + (v.at(i1, j0, kk) - v.at(i0, j0, kk)) * ti;
    const double b = v.at(i0, j1, kk) + (v.at(i1, j1, kk) - v.at(i0, j1, kk)) * ti;
    return a + (b - a) * tj;
  };
  return plane(k0) + (plane(k1) - plane(k0)) * tk;
}

std::uint8_t windowed(double hu, PreviewWindow w) {
  return static_cast<std::uint8_t>(
      std::clamp((hu - (w.center - 0.5 * w.width)) / w.width * 255.0, 0.0, 255.0));
}

// A square tile showing the plane spanned by voxel axes `across` and `down` through `fixed`,
// covering `extent_across` x `extent_down` voxels from `start`; averaging several bilinear
// samples per pixel when shrinking keeps the noise texture honest instead of aliased.
struct TilePlane {
  int across, down;
  std::array<double, 3> start;
  double extent_across, extent_down;
};

void render_tile(const Volume& v, const TilePlane& plane, PreviewWindow window, int tile_px,
                 GrayImage& image, int x0) {
  const double step_a = plane.extent_across / tile_px, step_d = plane.extent_down / tile_px;
  const int sub_a = std::max(1, static_cast<int>(std::ceil(step_a))),
            sub_d = std::max(1, static_cast<int>(std::ceil(step_d)));
  for (int y = 0; y < tile_px; ++y)
    for (int x = 0; x < tile_px; ++x) {
      double sum = 0;
      for (int sd = 0; sd < sub_d; ++sd)
        for (int sa = 0; sa < sub_a; ++sa) {
          std::array<double, 3> p = plane.start;
          p[static_cast<std::size_t>(plane.across)] += (x + (sa + 0.5) / sub_a) * step_a - 0.5;
          p[static_cast<std::size_t>(plane.down)] += (y + (sd + 0.5) / sub_d) * step_d - 0.5;
          sum += sample(v, p[0], p[1], p[2]);
        }
      image.pixels[static_cast<std::size_t>(y) * image.width + x0 + x] =
          windowed(sum / (sub_a * sub_d), window);
    }
}

}  // namespace

GrayImage render_preview_row(const PreviewRow& row, int tile_px) {
  const Volume& v = *row.volume;
  GrayImage image;
  image.width = 3 * tile_px + 2 * kGap;
  image.height = tile_px;
  image.pixels.assign(static_cast<std::size_t>(image.width) * image.height, 0);
  const double k = row.focus_voxel[2];
  const TilePlane axial{
      0, 1, {0, 0, k}, static_cast<double>(v.dims[0]), static_cast<double>(v.dims[1])};
  render_tile(v, axial, kLungPreviewWindow, tile_px, image, 0);
  render_tile(v, axial, kMediastinalPreviewWindow, tile_px, image, tile_px + kGap);
  if (row.third == PreviewThirdTile::Zoom) {
    const double half_i = 0.5 * row.zoom_field_mm / v.spacing[0],
                 half_j = 0.5 * row.zoom_field_mm / v.spacing[1];
    const TilePlane zoom{0,
                         1,
                         {row.focus_voxel[0] - half_i, row.focus_voxel[1] - half_j, k},
                         2 * half_i,
                         2 * half_j};
    render_tile(v, zoom, row.zoom_window, tile_px, image, 2 * (tile_px + kGap));
  } else {
    // Coronal: superior at the top, the same millimetres per pixel across and down.
    const double field_mm = std::max(v.dims[0] * v.spacing[0], v.dims[2] * v.spacing[2]);
    const double extent_i = field_mm / v.spacing[0], extent_k = field_mm / v.spacing[2];
    const double top_k = 0.5 * (v.dims[2] - 1) + 0.5 * extent_k;
    const TilePlane coronal{0,
                            2,
                            {0.5 * (v.dims[0] - 1) - 0.5 * extent_i, row.focus_voxel[1], top_k},
                            extent_i,
                            -extent_k};
    render_tile(v, coronal, row.zoom_window, tile_px, image, 2 * (tile_px + kGap));
  }
  return image;
}

void write_preview_sheet(const std::string& path, const std::vector<GrayImage>& rows) {
  if (rows.empty()) throw OutputError(path, "nothing to preview");
  const int width = rows.front().width;
  int height = -kGap;
  for (const GrayImage& row : rows) {
    if (row.width != width) throw OutputError(path, "preview rows differ in width");
    height += row.height + kGap;
  }
  std::vector<std::uint8_t> sheet(static_cast<std::size_t>(width) * height, 0);
  std::size_t at = 0;
  for (const GrayImage& row : rows) {
    std::copy(row.pixels.begin(), row.pixels.end(),
              sheet.begin() + static_cast<std::ptrdiff_t>(at));
    at += row.pixels.size() + static_cast<std::size_t>(kGap) * width;
  }
  write_gray_png(path, width, height, sheet);
}

}  // namespace ctlite::core
