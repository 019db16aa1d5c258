#pragma once
// Preview sheets of phantoms as grayscale PNGs, so a reader can judge realism at a glance: each
// row shows one phantom as an axial slice in lung window, the same slice in mediastinal window,
// and a zoom around a point of interest (a finding's centroid), or a coronal reformat.

#include <array>
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

// Renders rows of three square tiles of `tile_px` pixels and writes the sheet to `path`.
void write_preview_sheet(const std::string& path, const std::vector<PreviewRow>& rows, int tile_px);

}  // namespace ctlite::core
