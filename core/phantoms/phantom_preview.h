#pragma once
// Preview sheets of phantoms as grayscale PNGs, so a reader can judge realism at a glance: each
// row shows one phantom as an axial slice in lung window, the same slice in mediastinal window,
// and a zoom around a point of interest (a finding's centroid), or a coronal reformat.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/volume/volume.h"

namespace ctlite::core {

struct PreviewWindow {
  double center, width;
};
constexpr PreviewWindow kLungPreviewWindow{-600, 1500};
constexpr PreviewWindow kMediastinalPreviewWindow{40, 400};

enum class PreviewThirdTile { Zoom, Coronal };

struct PreviewRow {
  const Volume* volume = nullptr;
  std::array<double, 3> focus_voxel{};  // (i, j, k): axial slice k, zoom centre, coronal row j
  PreviewWindow zoom_window = kLungPreviewWindow;
  double zoom_field_mm = 110;  // side of the zoomed square
  PreviewThirdTile third = PreviewThirdTile::Zoom;
};

struct GrayImage {
  int width = 0, height = 0;
  std::vector<std::uint8_t> pixels;  // row-major
};

// One row of three square tiles of `tile_px` pixels.
GrayImage render_preview_row(const PreviewRow& row, int tile_px);

// Rows stacked top to bottom (2-pixel black gaps) and written as a PNG; OutputError naming
// `path` on failure or when there is nothing to write.
void write_preview_sheet(const std::string& path, const std::vector<GrayImage>& rows);

}  // namespace ctlite::core
