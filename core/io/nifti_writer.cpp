#include "core/io/nifti_writer.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "core/common/errors.h"
#include "core/io/atomic_output.h"
#include "core/io/byte_order.h"
#include "core/io/nifti_header.h"
#include "core/io/path_names.h"

namespace ctlite::core {
namespace {

constexpr std::size_t kChunkVoxels = std::size_t{4} << 20;

// How float voxels become int16: raw = round((value - intercept) / slope).
LinearRescale int16_rescale(const Volume& volume, const std::string& path) {
  float low = std::numeric_limits<float>::max(), high = std::numeric_limits<float>::lowest();
  bool integers = true;
  for (float value : volume.voxels) {
    if (!std::isfinite(value))
      throw OutputError(path, "volume has non-finite voxels; write it as float32 instead");
    low = std::min(low, value);
    high = std::max(high, value);
    integers = integers && value == std::nearbyint(value);
  }
  if (integers && low >= -32768.0f && high <= 32767.0f) return {};
  if (high == low) return {1.0, static_cast<double>(low)};
  // Centre the range on 0 and spread it over 65534 steps (one spare keeps rounding in range).
  // Rounded to float first: the header stores float32, and readers will use exactly that.
  const float slope = static_cast<float>((static_cast<double>(high) - low) / 65534.0);
  const float intercept = static_cast<float>((static_cast<double>(high) + low) / 2.0);
  return {slope, intercept};
}

// What a file's voxels are: the datatype code, its bits per voxel and the scl_* rescale.
struct VoxelEncoding {
  NiftiDatatype datatype;
  std::int16_t bits;
  LinearRescale rescale;
};

VoxelEncoding scalar_encoding(NiftiStorage storage, const LinearRescale& rescale) {
  if (storage == NiftiStorage::Int16) return {kNiftiInt16, 16, rescale};
  return {kNiftiFloat32, 32, rescale};
}

std::vector<std::uint8_t> nifti1_header(const Volume& volume, const VoxelEncoding& encoding,
                                        const std::string& description) {
  std::vector<std::uint8_t> bytes(kNifti1HeaderSize + 4, 0);  // + the empty extension flag
  std::uint8_t* h = bytes.data();
  auto put16 = [&](std::size_t offset, std::int16_t value) {
    store_value(h + offset, value, false);
  };
  auto put32 = [&](std::size_t offset, float value) { store_value(h + offset, value, false); };
  store_value<std::int32_t>(h, static_cast<std::int32_t>(kNifti1HeaderSize), false);
  h[38] = 'r';  // "regular", expected by Analyze-era readers
  put16(40, 3);
  for (std::size_t axis = 0; axis < 3; ++axis)
    put16(42 + 2 * axis, static_cast<std::int16_t>(volume.dims[axis]));
  for (std::size_t axis = 3; axis < 7; ++axis) put16(42 + 2 * axis, 1);
  put16(70, static_cast<std::int16_t>(encoding.datatype));
  put16(72, encoding.bits);

  // RAS = diag(-1, -1, 1) * LPS.
  std::array<double, 9> ras_direction = volume.direction;
  std::array<double, 3> ras_origin = volume.origin;
  for (std::size_t column = 0; column < 3; ++column) {
    ras_direction[column] = -ras_direction[column];
    ras_direction[3 + column] = -ras_direction[3 + column];
  }
  ras_origin[0] = -ras_origin[0];
  ras_origin[1] = -ras_origin[1];
  const NiftiQuaternion q = nifti_rotation_to_quaternion(ras_direction);

  put32(76, static_cast<float>(q.qfac));
  for (std::size_t axis = 0; axis < 3; ++axis)
    put32(80 + 4 * axis, static_cast<float>(volume.spacing[axis]));
  for (std::size_t i = 3; i < 7; ++i) put32(80 + 4 * i, 1.0f);
  put32(108, static_cast<float>(kNifti1HeaderSize + 4));  // vox_offset
  put32(112, static_cast<float>(encoding.rescale.slope));
  put32(116, static_cast<float>(encoding.rescale.intercept));
  h[123] = 2;  // NIFTI_UNITS_MM
  std::snprintf(reinterpret_cast<char*>(h + 148), 80, "%s", description.c_str());
  put16(252, 1);  // qform_code: scanner anatomical
  put16(254, 1);  // sform_code
  put32(256, static_cast<float>(q.b));
  put32(260, static_cast<float>(q.c));
  put32(264, static_cast<float>(q.d));
  for (std::size_t row = 0; row < 3; ++row) {
    put32(268 + 4 * row, static_cast<float>(ras_origin[row]));
    for (std::size_t column = 0; column < 3; ++column)
      put32(280 + 16 * row + 4 * column,
            static_cast<float>(ras_direction[row * 3 + column] * volume.spacing[column]));
    put32(280 + 16 * row + 12, static_cast<float>(ras_origin[row]));
  }
  const std::uint8_t magic[4] = {'n', '+', '1', 0};  // single-file NIfTI-1
  std::memcpy(h + 344, magic, sizeof magic);
  return bytes;
}

// Little-endian int16 or float32 bytes of voxels [start, start + count).
void encode_chunk(const Volume& volume, std::size_t start, std::size_t count, NiftiStorage storage,
                  const LinearRescale& rescale, std::vector<std::uint8_t>& out) {
  const float* voxels = volume.voxels.data() + start;
  const bool swap = !host_is_little_endian();
  if (storage == NiftiStorage::Float32) {
    out.resize(count * sizeof(float));
    std::memcpy(out.data(), voxels, out.size());
    if (swap) swap_bytes_in_place(out.data(), count, sizeof(float));
    return;
  }
  std::vector<std::int16_t> raw(count);
  const double inverse_slope = 1.0 / rescale.slope;
  for (std::size_t i = 0; i < count; ++i) {
    const double level = std::nearbyint((voxels[i] - rescale.intercept) * inverse_slope);
    raw[i] = static_cast<std::int16_t>(std::clamp(level, -32768.0, 32767.0));
  }
  out.resize(count * sizeof(std::int16_t));
  std::memcpy(out.data(), raw.data(), out.size());
  if (swap) swap_bytes_in_place(out.data(), count, sizeof(std::int16_t));
}

class GzipOutput {
 public:
  GzipOutput(const std::string& temp_path, const std::string& destination, int gzip_level)
      : destination_(destination) {
    // "T": zlib's transparent mode writes a plain .nii through the same calls.
    const std::string mode =
        ends_with(destination, ".gz") ? "wb" + std::to_string(std::clamp(gzip_level, 1, 9)) : "wbT";
    file_ = gzopen(temp_path.c_str(), mode.c_str());
    if (!file_) throw OutputError(destination, "cannot open the output file");
    gzbuffer(file_, 1u << 18);
  }
  ~GzipOutput() {
    if (file_) gzclose(file_);
  }
  GzipOutput(const GzipOutput&) = delete;
  GzipOutput& operator=(const GzipOutput&) = delete;

  void write(const std::vector<std::uint8_t>& bytes) {
    if (bytes.empty()) return;
    if (gzwrite(file_, bytes.data(), static_cast<unsigned>(bytes.size())) !=
        static_cast<int>(bytes.size()))
      throw OutputError(destination_, "write failed (disk full?)");
  }
  void close() {
    const int status = gzclose(file_);
    file_ = nullptr;
    if (status != Z_OK) throw OutputError(destination_, "write failed while closing (disk full?)");
  }

 private:
  std::string destination_;
  gzFile file_ = nullptr;
};

void check_nifti1_grid(const Volume& geometry, const std::string& path) {
  for (std::int64_t size : geometry.dims)
    if (size > 32767) throw OutputError(path, "NIfTI-1 cannot store a dimension above 32767");
}

}  // namespace

void write_nifti(const Volume& volume, const std::string& path, const NiftiWriteOptions& options,
                 const ctlite::Progress& progress) {
  if (volume.voxel_count() == 0 || volume.voxels.size() != volume.voxel_count())
    throw OutputError(path, "volume is empty or its voxel buffer does not match its size");
  check_nifti1_grid(volume, path);
  const LinearRescale rescale =
      options.storage == NiftiStorage::Int16 ? int16_rescale(volume, path) : LinearRescale{};

  AtomicOutput file = AtomicOutput::file(path);
  GzipOutput output(file.temp_path(), path, options.gzip_level);
  output.write(nifti1_header(volume, scalar_encoding(options.storage, rescale), "CT-Lite " + volume.source_format));
  std::vector<std::uint8_t> bytes;
  const std::size_t total = volume.voxel_count();
  for (std::size_t start = 0; start < total; start += kChunkVoxels) {
    const std::size_t count = std::min(kChunkVoxels, total - start);
    encode_chunk(volume, start, count, options.storage, rescale, bytes);
    output.write(bytes);
    progress.report("write", static_cast<double>(start + count) / static_cast<double>(total));
  }
  output.close();
  file.commit();
}

void write_rgb_nifti(const Volume& geometry, const std::vector<std::uint8_t>& rgb,
                     const std::string& path, const std::string& description) {
  if (geometry.voxel_count() == 0 || rgb.size() != 3 * geometry.voxel_count())
    throw OutputError(path, "RGB buffer does not match the grid");
  check_nifti1_grid(geometry, path);
  AtomicOutput file = AtomicOutput::file(path);
  GzipOutput output(file.temp_path(), path, 6);  // small files: the default level costs nothing
  output.write(nifti1_header(geometry, {kNiftiRgb24, 24, {}}, description));
  output.write(rgb);
  output.close();
  file.commit();
}

}  // namespace ctlite::core
