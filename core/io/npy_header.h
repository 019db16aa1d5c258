#pragma once
// The header of a .npy array (numpy's format v1-v3): magic, version, and a Python dict literal
// such as {'descr': '<i2', 'fortran_order': False, 'shape': (300, 512, 512), }.

#include <cstdint>
#include <string>
#include <vector>

#include "core/io/stored_voxels.h"

namespace ctlite::core {

constexpr std::size_t kNpyPreambleMinimum = 10;  // magic (6) + version (2) + v1 length (2)
constexpr std::size_t kMaxNpyHeaderText = 1u << 20;

// Where an array lives, for errors: InputError(path, "<array_name>: <problem>").
struct ArrayLocation {
  std::string path;
  std::string array_name;
};
[[noreturn]] void throw_array_error(const ArrayLocation& where, const std::string& problem);

struct NpyPreamble {
  int major_version = 0;
  std::size_t preamble_bytes = 0;  // 10 (v1) or 12 (v2, v3)
  std::size_t header_text_bytes = 0;
};

struct NpyHeader {
  StoredType type = StoredType::Int16;
  bool big_endian = false;
  bool fortran_order = false;
  std::vector<std::uint64_t> shape;
};

// `bytes` holds at least 12 bytes (or all the entry has). InputError naming the file.
NpyPreamble parse_npy_preamble(const std::uint8_t* bytes, std::size_t size,
                               const ArrayLocation& where);

// Parses the dict text; supports descr i1/u1/i2/u2/i4/f4/f8 in either byte order.
NpyHeader parse_npy_header(const std::string& text, const ArrayLocation& where);

}  // namespace ctlite::core
