#include "app/cli/engine/rgb_nifti_writer.h"

#include <zlib.h>

#include <array>
#include <cstring>

#include "core/common/errors.h"
#include "core/io/atomic_output.h"
#include "core/io/byte_order.h"
#include "core/io/nifti_header.h"

namespace ctlite::cli {
namespace {

constexpr int kNiftiRgb24 = 128;

std::vector<std::uint8_t> rgb24_header(const core::Volume& geometry) {
  std::vector<std::uint8_t> bytes(core::kNifti1HeaderSize + 4, 0);  // + the empty extension flag
  std::uint8_t* h = bytes.data();
  auto put16 = [h](std::size_t offset, int value) { core::store_value(h + offset, static_cast<std::int16_t>(value), false); };
  auto put32 = [h](std::size_t offset, double value) { core::store_value(h + offset, static_cast<float>(value), false); };
  core::store_value<std::int32_t>(h, static_cast<std::int32_t>(core::kNifti1HeaderSize), false);
  put16(40, 3);
  for (std::size_t axis = 0; axis < 7; ++axis) put16(42 + 2 * axis, axis < 3 ? static_cast<int>(geometry.dims[axis]) : 1);
  put16(70, kNiftiRgb24);
  put16(72, 24);
  // NIfTI is RAS, CT-Lite LPS: negate the first two rows.
  std::array<double, 9> ras = geometry.direction;
  for (std::size_t column = 0; column < 3; ++column) {
    ras[column] = -ras[column];
    ras[3 + column] = -ras[3 + column];
  }
  const std::array<double, 3> origin{-geometry.origin[0], -geometry.origin[1], geometry.origin[2]};
  const core::NiftiQuaternion q = core::nifti_rotation_to_quaternion(ras);
  put32(76, q.qfac);
  for (std::size_t axis = 0; axis < 7; ++axis) put32(80 + 4 * axis, axis < 3 ? geometry.spacing[axis] : 1.0);
  put32(108, static_cast<double>(core::kNifti1HeaderSize + 4));  // vox_offset
  h[123] = 2;                                                    // NIFTI_UNITS_MM
  std::strncpy(reinterpret_cast<char*>(h + 148), "CT-Lite PCA feature map", 79);
  put16(252, 1);  // qform_code and sform_code: scanner anatomical
  put16(254, 1);
  put32(256, q.b);
  put32(260, q.c);
  put32(264, q.d);
  for (std::size_t row = 0; row < 3; ++row) {
    put32(268 + 4 * row, origin[row]);
    for (std::size_t column = 0; column < 3; ++column)
      put32(280 + 16 * row + 4 * column, ras[row * 3 + column] * geometry.spacing[column]);
    put32(280 + 16 * row + 12, origin[row]);
  }
  std::memcpy(h + 344, "n+1", 4);
  return bytes;
}

}  // namespace

void write_rgb_nifti(const core::Volume& geometry, const std::vector<std::uint8_t>& rgb, const std::string& path) {
  if (geometry.voxel_count() == 0 || rgb.size() != 3 * geometry.voxel_count())
    throw core::OutputError(path, "RGB buffer does not match the grid");
  for (std::int64_t size : geometry.dims)
    if (size > 32767) throw core::OutputError(path, "NIfTI-1 cannot store a dimension above 32767");
  core::AtomicOutput file = core::AtomicOutput::file(path);
  const bool gzip = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
  gzFile out = gzopen(file.temp_path().c_str(), gzip ? "wb6" : "wbT");  // "T": plain file through zlib
  if (!out) throw core::OutputError(path, "cannot open the output file");
  const std::vector<std::uint8_t> header = rgb24_header(geometry);
  const bool written = gzwrite(out, header.data(), static_cast<unsigned>(header.size())) == static_cast<int>(header.size()) &&
                       gzwrite(out, rgb.data(), static_cast<unsigned>(rgb.size())) == static_cast<int>(rgb.size());
  if (gzclose(out) != Z_OK || !written) throw core::OutputError(path, "write failed (disk full?)");
  file.commit();
}

}  // namespace ctlite::cli
