#pragma once
// Reading and writing fixed-size numbers of a declared byte order from raw bytes. NIfTI headers
// may be big-endian (the file says so only through its sizeof_hdr field), .npy arrays declare
// '<' or '>' in their dtype, and zip headers are always little-endian.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <utility>

namespace ctlite::core {

inline bool host_is_little_endian() {
  const std::uint16_t probe = 1;
  std::uint8_t first = 0;
  std::memcpy(&first, &probe, 1);
  return first == 1;
}

// Reverses the bytes of each of `count` elements of `element_size` bytes, in place.
inline void swap_bytes_in_place(void* data, std::size_t count, std::size_t element_size) {
  auto* bytes = static_cast<std::uint8_t*>(data);
  // The common sizes use the byte-swap instruction (big-endian NIfTI volumes are not rare).
  if (element_size == 2) {
    for (std::size_t i = 0; i < count; ++i, bytes += 2) {
      std::uint16_t v;
      std::memcpy(&v, bytes, 2);
      v = __builtin_bswap16(v);
      std::memcpy(bytes, &v, 2);
    }
  } else if (element_size == 4) {
    for (std::size_t i = 0; i < count; ++i, bytes += 4) {
      std::uint32_t v;
      std::memcpy(&v, bytes, 4);
      v = __builtin_bswap32(v);
      std::memcpy(bytes, &v, 4);
    }
  } else if (element_size == 8) {
    for (std::size_t i = 0; i < count; ++i, bytes += 8) {
      std::uint64_t v;
      std::memcpy(&v, bytes, 8);
      v = __builtin_bswap64(v);
      std::memcpy(bytes, &v, 8);
    }
  } else {
    for (std::size_t i = 0; i < count; ++i, bytes += element_size)
      for (std::size_t a = 0, b = element_size - 1; a < b; ++a, --b) std::swap(bytes[a], bytes[b]);
  }
}

// The value of type T stored at `bytes` in the given byte order (T is an integer or a float).
template <typename T>
T load_value(const std::uint8_t* bytes, bool big_endian) {
  static_assert(std::is_arithmetic<T>::value, "numbers only");
  T value;
  std::memcpy(&value, bytes, sizeof(T));
  if (big_endian == host_is_little_endian()) swap_bytes_in_place(&value, 1, sizeof(T));
  return value;
}

template <typename T>
void store_value(std::uint8_t* bytes, T value, bool big_endian) {
  static_assert(std::is_arithmetic<T>::value, "numbers only");
  if (big_endian == host_is_little_endian()) swap_bytes_in_place(&value, 1, sizeof(T));
  std::memcpy(bytes, &value, sizeof(T));
}

}  // namespace ctlite::core
