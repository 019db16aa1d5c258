#pragma once
// The paper's lung window as 8-bit gray levels, and the map from gray levels back to the
// student network's [-1, 1] input scale.

#include <cstdint>

#include "core/volume/volume.h"

namespace ctlite::core {

// Centre -600 HU, width 1500 HU: the window spans [-1350, 150] HU.
constexpr DisplayWindow kLungWindow{-600.0, 1500.0};

// gray = round_half_up(255 * clamp((value - (centre - width / 2)) / width, 0, 1)), in float64:
// the lower window edge maps to 0, the upper edge to 255, ties round up (the lung window's centre
// -600 HU sits at 127.5 and becomes 128). Values beyond the edges saturate; NaN becomes 0 (air).
// This is the formula a JPEG stack's stack.json records, so stacks written by core/io and the
// compressed path agree on every voxel. `window.width` must be positive.
std::uint8_t window_to_gray8(double value, const DisplayWindow& window = kLungWindow);

// The compressed path's network scale: gray / 255 * 2 - 1 (float64), so 0 -> -1 and 255 -> 1.
double gray8_to_network(std::uint8_t gray);

// Windows axial slice z of `volume` (row-major, x fastest: dims[0] x dims[1] bytes) into `gray`.
void window_slice_to_gray8(const Volume& volume, std::int64_t z, const DisplayWindow& window,
                           std::uint8_t* gray);

}  // namespace ctlite::core
