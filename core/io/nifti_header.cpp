#include "core/io/nifti_header.h"

#include <cmath>
#include <cstring>

#include "core/common/errors.h"
#include "core/io/byte_order.h"

namespace ctlite::core {
namespace {

// Byte offsets of the fields we use (nifti1.h and nifti2.h).
struct Layout {
  std::size_t dim, datatype, pixdim, vox_offset, scl_slope, scl_inter, descrip, qform_code,
      sform_code, quatern_b, srow_x, xyzt_units, magic;
};
constexpr Layout kNifti1{40, 70, 76, 108, 112, 116, 148, 252, 254, 256, 280, 123, 344};
constexpr Layout kNifti2{16, 12, 104, 168, 176, 184, 240, 344, 348, 352, 400, 500, 4};

bool finite_or_zero(double& value) {
  if (std::isfinite(value)) return true;
  value = 0.0;
  return false;
}

std::string trimmed_text(const std::uint8_t* bytes, std::size_t capacity) {
  std::size_t length = 0;
  while (length < capacity && bytes[length] != 0) ++length;
  std::string text(reinterpret_cast<const char*>(bytes), length);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  return text;
}

void check_magic(const std::uint8_t* magic, int version, const std::string& path) {
  if (version == 1) {
    if (std::memcmp(magic, "n+1\0", 4) == 0) return;
    if (std::memcmp(magic, "ni1\0", 4) == 0)
      throw InputError(path,
                       "NIfTI header/image pairs (.hdr + .img) are not supported; "
                       "convert to a single .nii or .nii.gz file");
    throw InputError(path,
                     "348-byte header without the NIfTI-1 magic 'n+1' (Analyze 7.5 files "
                     "are not supported)");
  }
  if (std::memcmp(magic, "n+2\0\r\n\032\n", 8) == 0) return;
  if (std::memcmp(magic, "ni2\0", 4) == 0)
    throw InputError(path, "NIfTI-2 header/image pairs are not supported; use a single .nii file");
  throw InputError(path, "540-byte header without the NIfTI-2 magic 'n+2'");
}

// Spatial unit code (xyzt_units & 7) to millimetres; unknown (0) is taken as mm like every
// viewer does.
double millimetres_per_unit(int xyzt_units) {
  switch (xyzt_units & 0x07) {
    case 1:
      return 1000.0;  // NIFTI_UNITS_METER
    case 3:
      return 0.001;  // NIFTI_UNITS_MICRON
    default:
      return 1.0;
  }
}

}  // namespace

StoredType nifti_stored_type(int datatype, const std::string& path) {
  switch (datatype) {
    case kNiftiUint8:
      return StoredType::Uint8;
    case kNiftiInt8:
      return StoredType::Int8;
    case kNiftiInt16:
      return StoredType::Int16;
    case kNiftiUint16:
      return StoredType::Uint16;
    case kNiftiInt32:
      return StoredType::Int32;
    case kNiftiFloat32:
      return StoredType::Float32;
    case kNiftiFloat64:
      return StoredType::Float64;
    default:
      throw InputError(path, "NIfTI datatype " + std::to_string(datatype) +
                                 " is not supported (int8, uint8, int16, uint16, int32, "
                                 "float32 and float64 are)");
  }
}

int nifti_version_of(const std::uint8_t* first_four_bytes) {
  for (bool big_endian : {false, true}) {
    const auto size = load_value<std::int32_t>(first_four_bytes, big_endian);
    if (size == static_cast<std::int32_t>(kNifti1HeaderSize)) return 1;
    if (size == static_cast<std::int32_t>(kNifti2HeaderSize)) return 2;
  }
  return 0;
}

NiftiHeader parse_nifti_header(const std::uint8_t* bytes, std::size_t size, const std::string& path,
                               ReadNotes* notes) {
  if (size < 4) throw InputError(path, "file too short for a NIfTI header");
  NiftiHeader header;
  header.version = nifti_version_of(bytes);
  if (header.version == 0)
    throw InputError(path, "not a NIfTI file (sizeof_hdr is neither 348 nor 540)");
  const std::size_t header_size = header.version == 1 ? kNifti1HeaderSize : kNifti2HeaderSize;
  if (size < header_size) throw InputError(path, "truncated NIfTI header");
  const bool big = load_value<std::int32_t>(bytes, false) != static_cast<std::int32_t>(header_size);
  header.big_endian = big;
  const Layout& at = header.version == 1 ? kNifti1 : kNifti2;
  check_magic(bytes + at.magic, header.version, path);

  // NIfTI-1 stores shorts/floats where NIfTI-2 stores 64-bit integers/doubles.
  const bool v1 = header.version == 1;
  auto integer = [&](std::size_t offset, std::size_t index) -> std::int64_t {
    return v1 ? load_value<std::int16_t>(bytes + offset + 2 * index, big)
              : load_value<std::int64_t>(bytes + offset + 8 * index, big);
  };
  auto real = [&](std::size_t offset, std::size_t index) -> double {
    return v1 ? load_value<float>(bytes + offset + 4 * index, big)
              : load_value<double>(bytes + offset + 8 * index, big);
  };
  auto code = [&](std::size_t offset) -> int {
    return v1 ? load_value<std::int16_t>(bytes + offset, big)
              : load_value<std::int32_t>(bytes + offset, big);
  };

  for (std::size_t i = 0; i < 8; ++i) header.dim[i] = integer(at.dim, i);
  if (header.dim[0] < 1 || header.dim[0] > 7)
    throw InputError(path, "invalid NIfTI dim[0] = " + std::to_string(header.dim[0]));
  for (std::int64_t i = 1; i <= 7; ++i) {
    if (i > header.dim[0]) {
      header.dim[i] = 1;  // sizes beyond dim[0] are unused and often garbage
    } else if (header.dim[i] < 1) {
      throw InputError(path, "invalid NIfTI size dim[" + std::to_string(i) +
                                 "] = " + std::to_string(header.dim[i]));
    }
  }
  header.datatype = load_value<std::int16_t>(bytes + at.datatype, big);  // int16 in both
  if (header.datatype != kNiftiRgb24) nifti_stored_type(header.datatype, path);
  for (std::size_t i = 0; i < 8; ++i) header.pixdim[i] = real(at.pixdim, i);

  const double offset =
      v1 ? load_value<float>(bytes + at.vox_offset, big)
         : static_cast<double>(load_value<std::int64_t>(bytes + at.vox_offset, big));
  if (!std::isfinite(offset) || offset < 0 || offset > 1e12)
    throw InputError(path, "invalid NIfTI vox_offset");
  header.vox_offset = static_cast<std::int64_t>(offset);
  if (header.vox_offset < static_cast<std::int64_t>(header_size)) {
    // The voxels of a single file follow the header and its 4-byte extension flag.
    const std::int64_t fixed = static_cast<std::int64_t>(header_size) + 4;
    add_note(notes, "NIfTI vox_offset " + std::to_string(header.vox_offset) +
                        " is inside the header; voxel data read from byte " +
                        std::to_string(fixed));
    header.vox_offset = fixed;
  }

  header.scl_slope = real(at.scl_slope, 0);
  header.scl_inter = real(at.scl_inter, 0);
  finite_or_zero(header.scl_slope);
  finite_or_zero(header.scl_inter);
  header.xyzt_units =
      v1 ? bytes[at.xyzt_units] : load_value<std::int32_t>(bytes + at.xyzt_units, big);
  header.qform_code = code(at.qform_code);
  header.sform_code = code(at.sform_code);
  for (std::size_t i = 0; i < 3; ++i) {
    header.quatern[i] = real(at.quatern_b, i);
    header.qoffset[i] = real(at.quatern_b, 3 + i);
  }
  for (std::size_t row = 0; row < 3; ++row)
    for (std::size_t column = 0; column < 4; ++column)
      header.srow[row][column] = real(at.srow_x, row * 4 + column);
  header.description = trimmed_text(bytes + at.descrip, 80);
  return header;
}

std::array<std::int64_t, 3> nifti_grid(const NiftiHeader& header) {
  return {header.dim[1], header.dim[2], header.dim[3]};
}

std::int64_t nifti_volume_count(const NiftiHeader& header) {
  std::int64_t count = 1;
  for (std::size_t i = 4; i <= 7; ++i) {
    if (header.dim[i] > (std::int64_t{1} << 40) / count) return std::int64_t{1} << 40;
    count *= header.dim[i];
  }
  return count;
}

std::array<double, 9> nifti_quaternion_to_rotation(double b, double c, double d) {
  // nifti1_io.c nifti_quatern_to_mat44: a is recovered from the unit-norm constraint.
  double a = 1.0 - (b * b + c * c + d * d);
  if (a < 1.0e-7) {  // b, c, d describe a 180-degree rotation: renormalise them, a = 0
    const double norm = std::sqrt(b * b + c * c + d * d);
    a = 0.0;
    if (norm > 0) {
      b /= norm;
      c /= norm;
      d /= norm;
    }
  } else {
    a = std::sqrt(a);
  }
  return {
      a * a + b * b - c * c - d * d, 2 * (b * c - a * d),           2 * (b * d + a * c),
      2 * (b * c + a * d),           a * a + c * c - b * b - d * d, 2 * (c * d - a * b),
      2 * (b * d - a * c),           2 * (c * d + a * b),           a * a + d * d - c * c - b * b};
}

NiftiQuaternion nifti_rotation_to_quaternion(const std::array<double, 9>& rotation) {
  std::array<double, 9> r = rotation;
  const double determinant = r[0] * (r[4] * r[8] - r[5] * r[7]) -
                             r[1] * (r[3] * r[8] - r[5] * r[6]) +
                             r[2] * (r[3] * r[7] - r[4] * r[6]);
  NiftiQuaternion q;
  // An improper rotation (a mirrored axis) is stored as a proper one plus qfac = -1 on k.
  if (determinant < 0) {
    q.qfac = -1.0;
    r[2] = -r[2];
    r[5] = -r[5];
    r[8] = -r[8];
  }
  // nifti1_io.c nifti_mat44_to_quatern, with r[row * 3 + column].
  double a = r[0] + r[4] + r[8] + 1.0;
  double b, c, d;
  if (a > 0.5) {
    a = 0.5 * std::sqrt(a);
    b = 0.25 * (r[7] - r[5]) / a;
    c = 0.25 * (r[2] - r[6]) / a;
    d = 0.25 * (r[3] - r[1]) / a;
  } else {
    const double xd = 1.0 + r[0] - (r[4] + r[8]);
    const double yd = 1.0 + r[4] - (r[0] + r[8]);
    const double zd = 1.0 + r[8] - (r[0] + r[4]);
    if (xd > 1.0) {
      b = 0.5 * std::sqrt(xd);
      c = 0.25 * (r[1] + r[3]) / b;
      d = 0.25 * (r[2] + r[6]) / b;
      a = 0.25 * (r[7] - r[5]) / b;
    } else if (yd > 1.0) {
      c = 0.5 * std::sqrt(yd);
      b = 0.25 * (r[1] + r[3]) / c;
      d = 0.25 * (r[5] + r[7]) / c;
      a = 0.25 * (r[2] - r[6]) / c;
    } else {
      d = 0.5 * std::sqrt(zd);
      b = 0.25 * (r[2] + r[6]) / d;
      c = 0.25 * (r[5] + r[7]) / d;
      a = 0.25 * (r[3] - r[1]) / d;
    }
    if (a < 0.0) {
      b = -b;
      c = -c;
      d = -d;
    }
  }
  q.b = b;
  q.c = c;
  q.d = d;
  return q;
}

NiftiGeometry nifti_geometry(const NiftiHeader& header, ReadNotes* notes) {
  // RAS affine columns (voxel axes) and translation, before the flip to LPS.
  std::array<double, 9> axes{};
  std::array<double, 3> translation{};
  auto pixdim_or_one = [&](std::size_t i) {
    const double size = header.pixdim[i];
    return std::isfinite(size) && size > 0 ? size : 1.0;
  };
  if (header.sform_code > 0) {
    for (std::size_t row = 0; row < 3; ++row) {
      for (std::size_t column = 0; column < 3; ++column)
        axes[row * 3 + column] = header.srow[row][column];
      translation[row] = header.srow[row][3];
    }
  } else if (header.qform_code > 0) {
    const auto rotation =
        nifti_quaternion_to_rotation(header.quatern[0], header.quatern[1], header.quatern[2]);
    const double qfac = header.pixdim[0] < 0 ? -1.0 : 1.0;
    const std::array<double, 3> size{pixdim_or_one(1), pixdim_or_one(2), qfac * pixdim_or_one(3)};
    for (std::size_t row = 0; row < 3; ++row)
      for (std::size_t column = 0; column < 3; ++column)
        axes[row * 3 + column] = rotation[row * 3 + column] * size[column];
    translation = header.qoffset;
  } else {
    add_note(notes,
             "NIfTI header has neither sform nor qform: orientation unknown, identity "
             "axes and origin 0 assumed");
    for (std::size_t axis = 0; axis < 3; ++axis) axes[axis * 3 + axis] = pixdim_or_one(axis + 1);
    // Identity RAS axes flip to LPS below; undo that so the unknown orientation stays identity.
    axes[0] = -axes[0];
    axes[4] = -axes[4];
  }

  NiftiGeometry geometry;
  bool degenerate = false;
  for (std::size_t column = 0; column < 3; ++column) {
    double norm = 0;
    for (std::size_t row = 0; row < 3; ++row)
      norm += axes[row * 3 + column] * axes[row * 3 + column];
    norm = std::sqrt(norm);
    if (!std::isfinite(norm) || norm <= 0) {
      degenerate = true;
      break;
    }
    geometry.spacing[column] = norm;
    for (std::size_t row = 0; row < 3; ++row) {
      const double flip = row < 2 ? -1.0 : 1.0;  // RAS -> LPS
      geometry.direction[row * 3 + column] = flip * axes[row * 3 + column] / norm;
    }
  }
  for (std::size_t row = 0; row < 3; ++row)
    geometry.origin[row] = (row < 2 ? -1.0 : 1.0) * translation[row];
  if (degenerate || !std::isfinite(geometry.origin[0] + geometry.origin[1] + geometry.origin[2])) {
    add_note(notes, "NIfTI orientation matrix is degenerate: pixdim spacing on identity axes used");
    geometry = NiftiGeometry{};
    for (std::size_t axis = 0; axis < 3; ++axis) geometry.spacing[axis] = pixdim_or_one(axis + 1);
  }

  const double scale = millimetres_per_unit(header.xyzt_units);
  if (scale != 1.0) {
    add_note(notes, std::string("NIfTI spatial unit is ") + (scale > 1 ? "metres" : "micrometres") +
                        ": converted to millimetres");
    for (std::size_t i = 0; i < 3; ++i) {
      geometry.spacing[i] *= scale;
      geometry.origin[i] *= scale;
    }
  }
  return geometry;
}

}  // namespace ctlite::core
