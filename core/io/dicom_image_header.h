#pragma once
// The header of one DICOM image file, parsed without its pixel data: what the series reader
// needs to group files into series, order their slices and decode their pixels.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/volume/volume.h"

class DcmFileFormat;

namespace ctlite::core {

// Where one frame lies and how its stored values map to physical values.
struct DicomFramePlacement {
  std::optional<std::array<double, 3>> position;  // Image Position (Patient), LPS mm
  // Image Orientation (Patient): the row cosines, then the column cosines.
  std::optional<std::array<double, 6>> orientation;
  // Pixel Spacing as stored: [0] between rows (y), [1] between columns (x).
  std::optional<std::array<double, 2>> pixel_spacing;
  double rescale_slope = 1.0;
  double rescale_intercept = 0.0;
  bool has_rescale = false;
};

// How stored pixel values are laid out (Image Pixel module).
struct DicomPixelLayout {
  std::uint16_t rows = 0;
  std::uint16_t columns = 0;
  std::uint16_t samples_per_pixel = 1;
  std::uint16_t bits_allocated = 0;
  std::uint16_t bits_stored = 0;
  std::uint16_t high_bit = 0;
  bool is_signed = false;  // Pixel Representation 1 (two's complement)
  std::string photometric_interpretation;

  std::size_t pixels_per_frame() const { return std::size_t{rows} * columns; }
  std::size_t bytes_per_frame() const { return pixels_per_frame() * (bits_allocated / 8); }
};

struct DicomImageHeader {
  std::string path;
  std::string transfer_syntax_uid;
  bool big_endian = false;
  bool encapsulated = false;  // compressed pixel data (JPEG, JPEG-LS, RLE, JPEG 2000, ...)
  bool jpeg2000 = false;      // DCMTK 3.6.7 has no JPEG 2000 decoder: GDCM decodes these
  bool jpeg_ls = false;       // JPEG-LS lossless or near-lossless (DCMTK's CharLS decodes these)
  // Patient/study/series identification; sop_instance_uids is left empty (see sop_instance_uid).
  VolumeMetadata identity;
  std::string sop_instance_uid;
  std::optional<long long> instance_number;
  std::optional<double> slice_thickness;
  std::optional<double> spacing_between_slices;
  DicomPixelLayout layout;
  std::int64_t frame_count = 1;
  std::vector<DicomFramePlacement> frames;  // frame_count entries
};

// Parses an image header from a file loaded at least up to Pixel Data. Returns nullopt for
// DICOM objects that are not images (no Rows/Columns: DICOMDIR, SR, RT structures, ...).
// Throws InputError(path, reason) when the header is an image header but cannot be decoded
// safely: invalid values, unsupported pixel layout, sizes beyond kMaxVoxelCount.
std::optional<DicomImageHeader> parse_dicom_image_header(DcmFileFormat& file,
                                                         const std::string& path);

}  // namespace ctlite::core
