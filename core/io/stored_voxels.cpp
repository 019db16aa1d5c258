#include "core/io/stored_voxels.h"

#include <cstring>

#include "core/io/byte_order.h"

namespace ctlite::core {
namespace {

template <typename T>
void convert(const std::uint8_t* bytes, std::size_t count, bool swap, const LinearRescale& rescale,
             float* out) {
  // Copy in blocks to an aligned, native-order buffer so the conversion loops vectorise.
  constexpr std::size_t kBlock = 4096;
  T block[kBlock];
  const bool identity = rescale.is_identity();
  for (std::size_t start = 0; start < count; start += kBlock) {
    const std::size_t n = count - start < kBlock ? count - start : kBlock;
    std::memcpy(block, bytes + start * sizeof(T), n * sizeof(T));
    if (swap) swap_bytes_in_place(block, n, sizeof(T));
    float* target = out + start;
    if (identity) {
      for (std::size_t i = 0; i < n; ++i) target[i] = static_cast<float>(block[i]);
    } else {
      for (std::size_t i = 0; i < n; ++i)
        target[i] =
            static_cast<float>(static_cast<double>(block[i]) * rescale.slope + rescale.intercept);
    }
  }
}

}  // namespace

std::size_t stored_type_size(StoredType type) {
  switch (type) {
    case StoredType::Int8:
    case StoredType::Uint8:
      return 1;
    case StoredType::Int16:
    case StoredType::Uint16:
      return 2;
    case StoredType::Int32:
    case StoredType::Float32:
      return 4;
    case StoredType::Float64:
      return 8;
  }
  return 0;
}

const char* stored_type_name(StoredType type) {
  switch (type) {
    case StoredType::Int8:
      return "int8";
    case StoredType::Uint8:
      return "uint8";
    case StoredType::Int16:
      return "int16";
    case StoredType::Uint16:
      return "uint16";
    case StoredType::Int32:
      return "int32";
    case StoredType::Float32:
      return "float32";
    case StoredType::Float64:
      return "float64";
  }
  return "?";
}

void convert_stored_voxels(const std::uint8_t* bytes, std::size_t count, StoredType type,
                           bool big_endian, const LinearRescale& rescale, float* out) {
  const bool swap = big_endian == host_is_little_endian();
  switch (type) {
    case StoredType::Int8:
      return convert<std::int8_t>(bytes, count, false, rescale, out);
    case StoredType::Uint8:
      return convert<std::uint8_t>(bytes, count, false, rescale, out);
    case StoredType::Int16:
      return convert<std::int16_t>(bytes, count, swap, rescale, out);
    case StoredType::Uint16:
      return convert<std::uint16_t>(bytes, count, swap, rescale, out);
    case StoredType::Int32:
      return convert<std::int32_t>(bytes, count, swap, rescale, out);
    case StoredType::Float32:
      return convert<float>(bytes, count, swap, rescale, out);
    case StoredType::Float64:
      return convert<double>(bytes, count, swap, rescale, out);
  }
}

}  // namespace ctlite::core
