#include "core/io/nifti_reader.h"

#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <vector>

#include "core/common/errors.h"
#include "core/io/deflate_limits.h"

namespace ctlite::core {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{8} << 20;

// zlib's gz* functions read gzip and plain files alike (plain ones "transparently").
class GzipInput {
 public:
  explicit GzipInput(const std::string& path) : path_(path) {
    file_ = gzopen(path.c_str(), "rb");
    if (!file_) throw InputError(path, "cannot open file");
    gzbuffer(file_, 1u << 18);
  }
  ~GzipInput() { gzclose(file_); }
  GzipInput(const GzipInput&) = delete;
  GzipInput& operator=(const GzipInput&) = delete;

  bool compressed() const { return gzdirect(file_) == 0; }

  // Reads up to `size` bytes; returns how many (fewer only at the end of the data).
  std::size_t read_some(void* buffer, std::size_t size) {
    std::size_t total = 0;
    auto* out = static_cast<std::uint8_t*>(buffer);
    while (total < size) {
      const unsigned request = static_cast<unsigned>(std::min<std::size_t>(size - total, 1u << 30));
      const int got = gzread(file_, out + total, request);
      if (got < 0) {
        int code = 0;
        throw InputError(path_, std::string("corrupt gzip data: ") + gzerror(file_, &code));
      }
      if (got == 0) break;
      total += static_cast<std::size_t>(got);
    }
    return total;
  }

  void read_exactly(void* buffer, std::size_t size, const char* what) {
    if (read_some(buffer, size) != size)
      throw InputError(path_, std::string("file is truncated (") + what + " incomplete)");
  }

  void skip_to(std::int64_t offset, std::int64_t current) {
    std::vector<std::uint8_t> scratch(std::size_t{64} << 10);
    while (current < offset) {
      const std::size_t step = static_cast<std::size_t>(
          std::min<std::int64_t>(offset - current, static_cast<std::int64_t>(scratch.size())));
      read_exactly(scratch.data(), step, "header extensions");
      current += static_cast<std::int64_t>(step);
    }
  }

 private:
  std::string path_;
  gzFile file_ = nullptr;
};

struct OpenedNifti {
  NiftiHeader header;
  std::int64_t position = 0;  // bytes consumed from the (decompressed) stream
};

OpenedNifti read_header_from(GzipInput& input, const std::string& path, ReadNotes* notes) {
  std::uint8_t bytes[kNifti2HeaderSize] = {};
  input.read_exactly(bytes, 4, "NIfTI header");
  const int version = nifti_version_of(bytes);
  if (version == 0) throw InputError(path, "not a NIfTI file (sizeof_hdr is neither 348 nor 540)");
  const std::size_t size = version == 1 ? kNifti1HeaderSize : kNifti2HeaderSize;
  input.read_exactly(bytes + 4, size - 4, "NIfTI header");
  OpenedNifti opened;
  opened.header = parse_nifti_header(bytes, size, path, notes);
  opened.position = static_cast<std::int64_t>(size);
  return opened;
}

std::uint64_t checked_data_bytes(const std::array<std::int64_t, 3>& grid, std::size_t voxel_bytes,
                                 const std::string& path) {
  std::uint64_t count = 1;
  for (std::int64_t size : grid) {
    if (count > kMaxVoxelCount / static_cast<std::uint64_t>(size))
      throw InputError(path, "NIfTI volume is larger than the 2^31-voxel limit");
    count *= static_cast<std::uint64_t>(size);
  }
  return count * voxel_bytes;
}

void check_file_can_hold(const std::string& path, bool compressed, std::uint64_t needed) {
  std::error_code error;
  const std::uint64_t file_size = std::filesystem::file_size(path, error);
  if (error) return;  // not a regular file (a pipe): the read itself will find truncation
  const std::uint64_t capacity = compressed ? file_size * kMaxDeflateRatio : file_size;
  if (capacity < needed)
    throw InputError(path, "file is truncated: the header declares " + std::to_string(needed) +
                               " bytes but the file " +
                               (compressed ? "can hold at most " : "has ") +
                               std::to_string(capacity));
}

}  // namespace

NiftiHeader read_nifti_header(const std::string& path, ReadNotes* notes) {
  GzipInput input(path);
  return read_header_from(input, path, notes).header;
}

NiftiImage read_nifti(const std::string& path, const ctlite::Progress& progress, ReadNotes* notes) {
  GzipInput input(path);
  OpenedNifti opened = read_header_from(input, path, notes);
  const NiftiHeader& header = opened.header;

  const StoredType type = nifti_stored_type(header.datatype, path);
  const std::size_t voxel_bytes = stored_type_size(type);
  const auto grid = nifti_grid(header);
  const std::uint64_t data_bytes = checked_data_bytes(grid, voxel_bytes, path);
  check_file_can_hold(path, input.compressed(),
                      static_cast<std::uint64_t>(header.vox_offset) + data_bytes);
  const std::int64_t volumes = nifti_volume_count(header);
  if (volumes > 1)
    add_note(notes, "NIfTI file holds " + std::to_string(volumes) +
                        " volumes (4-D or more); only the first was read");

  NiftiImage image;
  image.header = header;
  Volume& volume = image.volume;
  volume.source_path = path;
  volume.source_format = "nifti";
  volume.metadata.series_description = header.description;
  volume.allocate(grid);
  const NiftiGeometry geometry = nifti_geometry(header, notes);
  volume.spacing = geometry.spacing;
  volume.origin = geometry.origin;
  volume.direction = geometry.direction;

  // nibabel's rule: a zero (or non-finite, already zeroed) slope means "no scaling".
  LinearRescale rescale;
  if (header.scl_slope != 0.0) rescale = LinearRescale{header.scl_slope, header.scl_inter};

  input.skip_to(header.vox_offset, opened.position);
  std::vector<std::uint8_t> chunk(std::min<std::uint64_t>(kChunkBytes, data_bytes));
  const std::size_t chunk_voxels = chunk.size() / voxel_bytes;
  const std::size_t total = volume.voxel_count();
  for (std::size_t done = 0; done < total;) {
    const std::size_t count = std::min(chunk_voxels, total - done);
    input.read_exactly(chunk.data(), count * voxel_bytes, "voxel data");
    convert_stored_voxels(chunk.data(), count, type, header.big_endian, rescale,
                          volume.voxels.data() + done);
    done += count;
    progress.report("load", static_cast<double>(done) / static_cast<double>(total));
  }

  volume.unit = IntensityUnit::Unknown;  // NIfTI has no unit field; callers decide
  return image;
}

NiftiRgbImage read_nifti_rgb(const std::string& path) {
  GzipInput input(path);
  OpenedNifti opened = read_header_from(input, path, nullptr);
  const NiftiHeader& header = opened.header;
  if (header.datatype != kNiftiRgb24)
    throw InputError(path, "NIfTI datatype " + std::to_string(header.datatype) + " is not RGB24 (128)");
  const auto grid = nifti_grid(header);
  const std::uint64_t data_bytes = checked_data_bytes(grid, 3, path);
  check_file_can_hold(path, input.compressed(), static_cast<std::uint64_t>(header.vox_offset) + data_bytes);
  NiftiRgbImage image;
  image.header = header;
  image.grid.dims = grid;
  image.grid.source_path = path;
  image.grid.source_format = "nifti-rgb";
  const NiftiGeometry geometry = nifti_geometry(header, nullptr);
  image.grid.spacing = geometry.spacing;
  image.grid.origin = geometry.origin;
  image.grid.direction = geometry.direction;
  input.skip_to(header.vox_offset, opened.position);
  image.rgb.resize(static_cast<std::size_t>(data_bytes));
  input.read_exactly(image.rgb.data(), image.rgb.size(), "voxel data");
  return image;
}

}  // namespace ctlite::core
