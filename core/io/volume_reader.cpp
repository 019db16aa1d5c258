#include "core/io/volume_reader.h"

#include <zlib.h>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/common/errors.h"
#include "core/dataset/ct_rate_metadata.h"
#include "core/dataset/ct_rate_metadata_locator.h"
#include "core/dataset/ct_rate_naming.h"
#include "core/dataset/ct_rate_volume_reader.h"
#include "core/io/dicom_series_reader.h"
#include "core/io/hounsfield_guess.h"
#include "core/io/jpeg_stack_reader.h"
#include "core/io/nifti_reader.h"
#include "core/io/npz_reader.h"
#include "core/io/path_names.h"

namespace ctlite::core {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kSniffBytes = 544;  // a NIfTI-2 header + extension flag; > DICOM preamble

// The first bytes of the file, decompressed when it is gzip (for .nii.gz).
std::vector<std::uint8_t> first_bytes(const std::string& path, bool& gzip) {
  std::vector<std::uint8_t> bytes(kSniffBytes);
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "cannot open file");
    in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
  }
  gzip = bytes.size() >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;
  if (!gzip) return bytes;
  gzFile file = gzopen(path.c_str(), "rb");
  if (!file) throw InputError(path, "cannot open file");
  bytes.assign(kSniffBytes, 0);
  const int got = gzread(file, bytes.data(), static_cast<unsigned>(bytes.size()));
  gzclose(file);
  bytes.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  return bytes;
}

bool is_nifti(const std::vector<std::uint8_t>& bytes) {
  if (bytes.size() < 4) return false;
  const int version = nifti_version_of(bytes.data());
  if (version == 1) return bytes.size() >= 348 && bytes[344] == 'n' && bytes[346] == '1';
  if (version == 2) return bytes.size() >= 12 && bytes[4] == 'n' && bytes[6] == '2';
  return false;
}

bool is_zip(const std::vector<std::uint8_t>& bytes) {
  return bytes.size() >= 4 && bytes[0] == 'P' && bytes[1] == 'K' &&
         ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
}

// Part 10 files carry "DICM" after a 128-byte preamble; older ones start straight with a data
// set whose first element is in group 0x0008 (or 0x0002), little-endian.
bool is_dicom(const std::vector<std::uint8_t>& bytes, const std::string& path) {
  if (bytes.size() >= 132 && std::memcmp(&bytes[128], "DICM", 4) == 0) return true;
  if (bytes.size() >= 8 && bytes[1] == 0x00 && (bytes[0] == 0x08 || bytes[0] == 0x02) &&
      bytes[3] == 0x00)
    return true;
  const std::string extension = lower_case_extension(path);
  return extension == ".dcm" || extension == ".dicom" || extension == ".ima";
}

void require_option_unused(const std::string& value, const char* option, const std::string& path,
                           VolumeFormat format) {
  if (!value.empty())
    throw InputError(
        path, std::string(option) + " does not apply to " + volume_format_name(format) + " input");
}

Volume read_nifti_volume(const std::string& path, const VolumeReadOptions& options,
                         const ctlite::Progress& progress, ReadNotes* notes) {
  if (!options.metadata_csv.empty())
    return read_ct_rate_volume(path, CtRateMetadata::read_file(options.metadata_csv), progress,
                               notes);
  // read_ct_rate_volume's notes name the CSV it took spacing and rescale from.
  if (const auto found = locate_ct_rate_metadata(path))
    return read_ct_rate_volume(path, found->metadata, progress, notes);
  Volume volume = read_nifti(path, progress, notes).volume;
  label_unit_from_values(volume, "NIfTI", notes);
  if (parse_ct_rate_name(path))
    add_note(notes,
             "the name follows CT-RATE's pattern: its header spacing and values may be "
             "placeholders, and no metadata/*.csv above it lists it; give the metadata CSV "
             "for true spacing and Hounsfield units");
  return volume;
}

}  // namespace

const char* volume_format_name(VolumeFormat format) {
  switch (format) {
    case VolumeFormat::Dicom:
      return "dicom";
    case VolumeFormat::Nifti:
      return "nifti";
    case VolumeFormat::JpegStack:
      return "jpeg-stack";
    case VolumeFormat::Npz:
      return "npz";
  }
  return "unknown";
}

VolumeFormat detect_volume_format(const std::string& path) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (error || !fs::exists(status)) throw InputError(path, "no such file or folder");
  if (fs::is_directory(status))
    return list_jpeg_slices(path).empty() ? VolumeFormat::Dicom : VolumeFormat::JpegStack;
  bool gzip = false;
  const auto bytes = first_bytes(path, gzip);
  if (is_nifti(bytes)) return VolumeFormat::Nifti;
  if (gzip) throw InputError(path, "gzip file that does not hold a NIfTI image");
  if (is_zip(bytes)) return VolumeFormat::Npz;
  if (is_dicom(bytes, path)) return VolumeFormat::Dicom;
  throw InputError(path,
                   "unrecognised format (expected DICOM, NIfTI .nii/.nii.gz, a folder of "
                   "JPEG slices, or a RAD-ChestCT .npz)");
}

std::vector<SeriesSummary> list_series(const std::string& path) {
  const VolumeFormat format = detect_volume_format(path);
  std::vector<SeriesSummary> series;
  switch (format) {
    case VolumeFormat::Dicom:
      for (const auto& found : scan_dicom_series(path))
        series.push_back({found.series_instance_uid, found.series_description, found.modality,
                          found.image_count});
      break;
    case VolumeFormat::Nifti: {
      const NiftiHeader header = read_nifti_header(path);
      series.push_back({"", header.description.empty() ? "NIfTI volume" : header.description, "",
                        static_cast<std::size_t>(nifti_grid(header)[2])});
      break;
    }
    case VolumeFormat::JpegStack:
      series.push_back({"", "JPEG slice stack", "", list_jpeg_slices(path).size()});
      break;
    case VolumeFormat::Npz:
      series.push_back(
          {"", "RAD-ChestCT array", "CT", static_cast<std::size_t>(read_npz_dims(path)[2])});
      break;
  }
  return series;
}

Volume read_volume(const std::string& path, const VolumeReadOptions& options,
                   const ctlite::Progress& progress, ReadNotes* notes) {
  const VolumeFormat format = detect_volume_format(path);
  if (format != VolumeFormat::Dicom)
    require_option_unused(options.series_uid, "a series UID", path, format);
  if (format != VolumeFormat::Nifti)
    require_option_unused(options.metadata_csv, "a CT-RATE metadata CSV", path, format);
  switch (format) {
    case VolumeFormat::Dicom: {
      DicomReadResult result =
          read_dicom_series_with_warnings(path, options.series_uid, DicomReadOptions{}, progress);
      for (auto& warning : result.warnings) add_note(notes, std::move(warning));
      return std::move(result.volume);
    }
    case VolumeFormat::Nifti:
      return read_nifti_volume(path, options, progress, notes);
    case VolumeFormat::JpegStack:
      return read_jpeg_stack(path, progress, notes);
    case VolumeFormat::Npz:
      return read_npz(path, progress, notes);
  }
  throw InputError(path, "unrecognised format");
}

}  // namespace ctlite::core
