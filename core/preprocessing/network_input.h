#pragma once
// The network-ready tensor that preprocessing hands to ai/: float32, laid out (Z, X, Y).

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace ctlite::core {

// CT-CLIP's input without the batch and channel axes: shape (Z, X, Y) = (slices, NIfTI i,
// NIfTI j), y fastest. ai/ views it as (1, 1, Z, X, Y) = (B, C, F, H, W) without copying.
struct NetworkInput {
  std::array<std::int64_t, 3> shape{0, 0, 0};  // (z, x, y)
  std::vector<float> values;

  std::size_t element_count() const {
    return static_cast<std::size_t>(shape[0]) * static_cast<std::size_t>(shape[1]) *
           static_cast<std::size_t>(shape[2]);
  }
  std::size_t index(std::int64_t z, std::int64_t x, std::int64_t y) const {
    return static_cast<std::size_t>((z * shape[1] + x) * shape[2] + y);
  }
  float at(std::int64_t z, std::int64_t x, std::int64_t y) const { return values[index(z, x, y)]; }
};

}  // namespace ctlite::core
