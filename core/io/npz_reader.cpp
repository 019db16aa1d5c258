#include "core/io/npz_reader.h"

#include <algorithm>
#include <vector>

#include "core/common/errors.h"
#include "core/io/deflate_limits.h"
#include "core/io/hounsfield_guess.h"
#include "core/io/npy_header.h"
#include "core/io/path_names.h"
#include "core/io/zip_archive.h"

namespace ctlite::core {
namespace {

constexpr std::size_t kChunkBytes = std::size_t{8} << 20;

const ZipEntry& volume_entry(const ZipArchive& archive, ReadNotes* notes) {
  if (const ZipEntry* entry = archive.find(kRadChestCtEntry)) return *entry;
  std::vector<const ZipEntry*> arrays;
  std::string names;
  for (const auto& entry : archive.entries()) {
    if (!ends_with(entry.name, ".npy")) continue;
    arrays.push_back(&entry);
    if (arrays.size() <= 5) names += (names.empty() ? "" : ", ") + entry.name;
  }
  if (arrays.size() == 1) {
    add_note(notes, "no ct.npy in the archive: read its only array, " + arrays[0]->name);
    return *arrays[0];
  }
  throw InputError(archive.path(), arrays.empty()
                                       ? "archive holds no .npy array (expected ct.npy)"
                                       : "archive holds no ct.npy and several arrays: " + names);
}

// Fortran order: element (slice, row, column) sits at slice + S * (row + R * column).
void fortran_to_volume(const std::vector<float>& fortran, Volume& volume) {
  const std::size_t columns = static_cast<std::size_t>(volume.dims[0]);
  const std::size_t rows = static_cast<std::size_t>(volume.dims[1]);
  const std::size_t slices = static_cast<std::size_t>(volume.dims[2]);
  for (std::size_t column = 0; column < columns; ++column)
    for (std::size_t row = 0; row < rows; ++row) {
      const float* source = fortran.data() + slices * (row + rows * column);
      for (std::size_t slice = 0; slice < slices; ++slice)
        volume.voxels[(slice * rows + row) * columns + column] = source[slice];
    }
}

// The array's header, validated against the entry (before any voxel is read or allocated).
struct NpyArray {
  NpyHeader header;
  std::uint64_t voxel_count = 0;
  std::uint64_t data_bytes = 0;
};

NpyArray read_array_header(ZipEntryReader& reader, const ZipEntry& entry,
                           const ArrayLocation& where) {
  std::uint8_t preamble_bytes[12] = {};
  reader.read_exactly(preamble_bytes, kNpyPreambleMinimum, ".npy header");
  NpyPreamble preamble = parse_npy_preamble(preamble_bytes, kNpyPreambleMinimum + 2, where);
  if (preamble.preamble_bytes > kNpyPreambleMinimum) {
    reader.read_exactly(preamble_bytes + kNpyPreambleMinimum, 2, ".npy header");
    preamble = parse_npy_preamble(preamble_bytes, sizeof preamble_bytes, where);
  }
  std::string text(preamble.header_text_bytes, '\0');
  reader.read_exactly(text.data(), text.size(), ".npy header");
  NpyArray array;
  array.header = parse_npy_header(text, where);
  const auto& shape = array.header.shape;
  if (shape.size() != 3)
    throw_array_error(where, "array has " + std::to_string(shape.size()) +
                                 " dimensions; a CT volume needs 3 (slices, rows, columns)");
  array.voxel_count = 1;
  for (std::uint64_t size : shape) {
    if (size == 0) throw_array_error(where, "array has an empty dimension");
    if (array.voxel_count > kMaxVoxelCount / size)
      throw_array_error(where, "array is larger than the 2^31-voxel limit");
    array.voxel_count *= size;
  }
  array.data_bytes = array.voxel_count * stored_type_size(array.header.type);
  const std::uint64_t needed = preamble.preamble_bytes + text.size() + array.data_bytes;
  if (entry.uncompressed_size < needed)
    throw_array_error(where, "entry holds " + std::to_string(entry.uncompressed_size) +
                                 " bytes but its array shape needs " + std::to_string(needed));
  if (entry.method == 8 && entry.compressed_size * kMaxDeflateRatio < array.data_bytes)
    throw_array_error(where, "compressed entry is too small for its array (damaged archive)");
  return array;
}

std::array<std::int64_t, 3> volume_dims(const NpyHeader& header) {
  return {static_cast<std::int64_t>(header.shape[2]), static_cast<std::int64_t>(header.shape[1]),
          static_cast<std::int64_t>(header.shape[0])};
}

}  // namespace

std::array<std::int64_t, 3> read_npz_dims(const std::string& path) {
  const ZipArchive archive(path);
  const ZipEntry& entry = volume_entry(archive, nullptr);
  ZipEntryReader reader(archive, entry);
  return volume_dims(read_array_header(reader, entry, ArrayLocation{path, entry.name}).header);
}

Volume read_npz(const std::string& path, const ctlite::Progress& progress, ReadNotes* notes) {
  const ZipArchive archive(path);
  const ZipEntry& entry = volume_entry(archive, notes);
  ZipEntryReader reader(archive, entry);
  const NpyArray array = read_array_header(reader, entry, ArrayLocation{path, entry.name});
  const NpyHeader& header = array.header;
  const std::uint64_t count = array.voxel_count;
  const std::size_t voxel_bytes = stored_type_size(header.type);
  const std::uint64_t data_bytes = array.data_bytes;

  Volume volume;
  volume.source_path = path;
  volume.source_format = "npz";
  volume.allocate(volume_dims(header));
  volume.spacing = {kRadChestCtSpacingMm, kRadChestCtSpacingMm, kRadChestCtSpacingMm};
  add_note(notes,
           "npz arrays carry no geometry: RAD-ChestCT's 0.8 mm isotropic spacing, origin 0 "
           "and identity axes assumed");

  std::vector<float> fortran;
  if (header.fortran_order) fortran.resize(volume.voxel_count());
  float* target = header.fortran_order ? fortran.data() : volume.voxels.data();
  std::vector<std::uint8_t> chunk(std::min<std::uint64_t>(kChunkBytes, data_bytes));
  const std::size_t chunk_voxels = chunk.size() / voxel_bytes;
  for (std::size_t done = 0; done < count;) {
    const std::size_t n = std::min<std::size_t>(chunk_voxels, count - done);
    reader.read_exactly(chunk.data(), n * voxel_bytes, "array data");
    convert_stored_voxels(chunk.data(), n, header.type, header.big_endian, {}, target + done);
    done += n;
    progress.report("load", static_cast<double>(done) / static_cast<double>(count));
  }
  if (header.fortran_order) fortran_to_volume(fortran, volume);

  label_unit_from_values(volume, "npz", notes);
  return volume;
}

}  // namespace ctlite::core
