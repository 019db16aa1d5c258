#pragma once
// Converting voxels as files store them (integer or float, either byte order) to the float
// voxels of a Volume, with an optional linear rescale (NIfTI scl_slope/scl_inter).

#include <cstddef>
#include <cstdint>

namespace ctlite::core {

enum class StoredType { Int8, Uint8, Int16, Uint16, Int32, Float32, Float64 };

std::size_t stored_type_size(StoredType type);
const char* stored_type_name(StoredType type);

struct LinearRescale {
  double slope = 1.0;
  double intercept = 0.0;
  bool is_identity() const { return slope == 1.0 && intercept == 0.0; }
};

// Converts `count` elements starting at `bytes` to float: out[i] = value * slope + intercept.
void convert_stored_voxels(const std::uint8_t* bytes, std::size_t count, StoredType type,
                           bool big_endian, const LinearRescale& rescale, float* out);

}  // namespace ctlite::core
