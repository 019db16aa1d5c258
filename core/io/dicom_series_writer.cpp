#include "core/io/dicom_series_writer.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcrlerp.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmjpls/djrparam.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <limits>
#include <vector>

#include "core/common/errors.h"
#include "core/io/atomic_output.h"
#include "core/io/dicom_codecs.h"
#include "core/common/parallel_slices.h"

namespace ctlite::core {
namespace {

namespace fs = std::filesystem;

struct Rescale {
  double slope = 1.0;
  double intercept = -1024.0;
};

// Slope 1 keeps integer HU exact; intercept -1024 is what scanners write, so stored values of
// ordinary CT stay non-negative. Ranges int16 cannot hold at slope 1 get a wider slope (lossy,
// but the only way to keep the whole range in 16 bits).
Rescale choose_rescale(const std::vector<float>& voxels, const std::string& out_folder) {
  float lowest = std::numeric_limits<float>::max();
  float highest = std::numeric_limits<float>::lowest();
  for (float value : voxels) {
    if (!std::isfinite(value)) throw OutputError(out_folder, "volume holds non-finite values");
    lowest = std::min(lowest, value);
    highest = std::max(highest, value);
  }
  constexpr double kInt16Low = -32768.0;
  constexpr double kInt16High = 32767.0;
  Rescale rescale;
  const double low = std::floor(lowest);
  const double high = std::ceil(highest);
  if (low - rescale.intercept >= kInt16Low && high - rescale.intercept <= kInt16High)
    return rescale;
  if (high - low <= kInt16High - kInt16Low) {
    rescale.intercept = low - kInt16Low;
    return rescale;
  }
  rescale.slope = (high - low) / (kInt16High - kInt16Low);
  rescale.intercept = low - kInt16Low * rescale.slope;
  return rescale;
}

// DS values are at most 16 characters: use the most digits that fit.
std::string decimal_string(double value) {
  char text[64];
  for (int digits = 12; digits > 1; --digits) {
    std::snprintf(text, sizeof text, "%.*g", digits, value);
    if (std::string(text).size() <= 16) break;
  }
  return text;
}

std::string decimal_strings(std::initializer_list<double> values) {
  std::string joined;
  for (double value : values) {
    if (!joined.empty()) joined += '\\';
    joined += decimal_string(value);
  }
  return joined;
}

std::string new_uid(const char* root) {
  char uid[100];
  dcmGenerateUniqueIdentifier(uid, root);
  return uid;
}

std::string date_time_now(const char* format) {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  char text[32];
  std::strftime(text, sizeof text, format, &local);
  return text;
}

bool is_ascii(const VolumeMetadata& metadata) {
  for (const std::string* text :
       {&metadata.patient_name, &metadata.patient_id, &metadata.study_id,
        &metadata.study_description, &metadata.accession_number, &metadata.referring_physician,
        &metadata.series_description, &metadata.institution_name, &metadata.convolution_kernel})
    for (unsigned char c : *text)
      if (c >= 0x80) return false;
  return true;
}

class AttributeWriter {
 public:
  AttributeWriter(DcmDataset& dataset, const std::string& out_folder)
      : dataset_(dataset), out_folder_(out_folder) {}
  void put(const DcmTagKey& tag, const std::string& value) {
    if (dataset_.putAndInsertOFStringArray(tag, value).bad())
      throw OutputError(out_folder_, "cannot encode " + std::string(DcmTag(tag).getTagName()) +
                                         " value '" + value + "'");
  }
  void put(const DcmTagKey& tag, std::uint16_t value) {
    if (dataset_.putAndInsertUint16(tag, value).bad())
      throw OutputError(out_folder_, "cannot encode " + std::string(DcmTag(tag).getTagName()));
  }

 private:
  DcmDataset& dataset_;
  const std::string& out_folder_;
};

struct SeriesIdentity {
  std::string study_uid;
  std::string series_uid;
  std::string frame_of_reference_uid;
  std::string series_description;
  std::string series_number;
  std::string date;  // of writing: one value for every slice
  std::string time;
};

// Attributes common to every slice: Patient, General Study, General Series, Frame of
// Reference, General Equipment, Image Plane (orientation, spacing), Image Pixel, CT Image,
// VOI LUT and SOP Common modules.
void put_common_attributes(DcmDataset& dataset, const Volume& volume, const SeriesIdentity& series,
                           const Rescale& rescale, const std::string& out_folder) {
  const VolumeMetadata& metadata = volume.metadata;
  AttributeWriter out(dataset, out_folder);
  if (!is_ascii(metadata)) out.put(DCM_SpecificCharacterSet, "ISO_IR 192");
  out.put(DCM_ImageType, "DERIVED\\SECONDARY\\AXIAL");
  out.put(DCM_SOPClassUID, UID_CTImageStorage);
  out.put(DCM_StudyDate, metadata.study_date.empty() ? series.date : metadata.study_date);
  out.put(DCM_StudyTime, metadata.study_time.empty() ? series.time : metadata.study_time);
  out.put(DCM_ContentDate, series.date);
  out.put(DCM_ContentTime, series.time);
  out.put(DCM_AccessionNumber, metadata.accession_number);
  out.put(DCM_Modality, "CT");
  out.put(DCM_Manufacturer, "CT-Lite");
  if (!metadata.institution_name.empty()) out.put(DCM_InstitutionName, metadata.institution_name);
  out.put(DCM_ReferringPhysicianName, metadata.referring_physician);
  if (!metadata.study_description.empty())
    out.put(DCM_StudyDescription, metadata.study_description);
  out.put(DCM_SeriesDescription, series.series_description);
  out.put(DCM_ManufacturerModelName, "CT-Lite Workstation");
  out.put(DCM_PatientName, metadata.patient_name);
  out.put(DCM_PatientID, metadata.patient_id);
  out.put(DCM_PatientBirthDate, metadata.patient_birth_date);
  out.put(DCM_PatientSex, metadata.patient_sex);
  out.put(DCM_SliceThickness, decimal_string(volume.spacing[2]));
  out.put(DCM_KVP, "");
  if (!metadata.convolution_kernel.empty())
    out.put(DCM_ConvolutionKernel, metadata.convolution_kernel);
  out.put(DCM_PatientPosition, "");
  // Type 2C in General Series whenever the body part might be paired; unknown here, so empty.
  out.put(DCM_Laterality, "");
  out.put(DCM_StudyInstanceUID, series.study_uid);
  out.put(DCM_SeriesInstanceUID, series.series_uid);
  out.put(DCM_StudyID, metadata.study_id);
  out.put(DCM_SeriesNumber, series.series_number);
  out.put(DCM_AcquisitionNumber, "");
  const auto& d = volume.direction;  // column c of the row-major matrix is voxel axis c
  out.put(DCM_ImageOrientationPatient, decimal_strings({d[0], d[3], d[6], d[1], d[4], d[7]}));
  out.put(DCM_FrameOfReferenceUID, series.frame_of_reference_uid);
  out.put(DCM_PositionReferenceIndicator, "");
  out.put(DCM_SamplesPerPixel, std::uint16_t{1});
  out.put(DCM_PhotometricInterpretation, "MONOCHROME2");
  out.put(DCM_Rows, static_cast<std::uint16_t>(volume.dims[1]));
  out.put(DCM_Columns, static_cast<std::uint16_t>(volume.dims[0]));
  // Pixel Spacing is row spacing (along y) first, then column spacing (along x).
  out.put(DCM_PixelSpacing, decimal_strings({volume.spacing[1], volume.spacing[0]}));
  out.put(DCM_BitsAllocated, std::uint16_t{16});
  out.put(DCM_BitsStored, std::uint16_t{16});
  out.put(DCM_HighBit, std::uint16_t{15});
  out.put(DCM_PixelRepresentation, std::uint16_t{1});
  out.put(DCM_WindowCenter, decimal_string(volume.stored_window.center));
  out.put(DCM_WindowWidth, decimal_string(volume.stored_window.width));
  out.put(DCM_RescaleIntercept, decimal_string(rescale.intercept));
  out.put(DCM_RescaleSlope, decimal_string(rescale.slope));
}

void check_volume(const Volume& volume, const std::string& out_folder) {
  for (std::int64_t d : volume.dims)
    if (d <= 0) throw OutputError(out_folder, "volume is empty");
  if (volume.dims[0] > 65535 || volume.dims[1] > 65535)
    throw OutputError(out_folder, "slices larger than 65535 pixels cannot be stored in DICOM");
  if (volume.voxels.size() != volume.voxel_count())
    throw OutputError(out_folder, "volume holds " + std::to_string(volume.voxels.size()) +
                                      " voxels for dimensions of " +
                                      std::to_string(volume.voxel_count()));
  if (volume.unit != IntensityUnit::Hounsfield)
    throw OutputError(out_folder, "only volumes in Hounsfield units can be written as CT images");
  for (double spacing : volume.spacing)
    if (!(spacing > 0.0)) throw OutputError(out_folder, "volume spacing is not positive");
}

fs::path normalised(const fs::path& path) {
  std::error_code error;
  fs::path absolute = fs::weakly_canonical(fs::absolute(path), error);
  if (error) absolute = fs::absolute(path).lexically_normal();
  if (absolute.filename().empty()) absolute = absolute.parent_path();  // trailing separator
  return absolute;
}

bool is_inside(const fs::path& inner, const fs::path& outer) {
  auto mismatch = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return mismatch.first == outer.end();
}

// Never write into the folder the volume was read from (or over its source file).
void refuse_input_location(const fs::path& target, const Volume& volume) {
  if (volume.source_path.empty()) return;
  std::error_code error;
  const fs::path source = normalised(volume.source_path);
  const bool source_is_folder = fs::is_directory(source, error);
  if (target == source || (source_is_folder && is_inside(target, source)))
    throw OutputError(target.string(),
                      "refusing to write into the volume's input location " + source.string());
}

struct Encoding {
  E_TransferSyntax transfer_syntax;
  const DcmRepresentationParameter* parameters;
};

// Slices are written in parallel: each builds its own data set, since DCMTK objects are not
// safe to share between threads.
void write_slice(const Volume& volume, std::int64_t z, const std::string& sop_instance_uid,
                 const SeriesIdentity& series, const Rescale& rescale, const Encoding& encoding,
                 const fs::path& file_path, const std::string& out_folder) {
  DcmFileFormat file;
  put_common_attributes(*file.getDataset(), volume, series, rescale, out_folder);
  DcmDataset& dataset = *file.getDataset();
  AttributeWriter out(dataset, out_folder);
  out.put(DCM_SOPInstanceUID, sop_instance_uid);
  out.put(DCM_InstanceNumber, std::to_string(z + 1));
  const auto position = volume.index_to_physical({0.0, 0.0, static_cast<double>(z)});
  out.put(DCM_ImagePositionPatient, decimal_strings({position[0], position[1], position[2]}));
  const auto& d = volume.direction;
  const double along_normal = position[0] * (d[3] * d[7] - d[6] * d[4]) +
                              position[1] * (d[6] * d[1] - d[0] * d[7]) +
                              position[2] * (d[0] * d[4] - d[3] * d[1]);
  out.put(DCM_SliceLocation, decimal_string(along_normal));

  const std::size_t count = static_cast<std::size_t>(volume.dims[0] * volume.dims[1]);
  const float* hounsfield = volume.voxels.data() + static_cast<std::size_t>(z) * count;
  std::vector<Uint16> stored(count);
  for (std::size_t i = 0; i < count; ++i) {
    const double value = std::nearbyint((hounsfield[i] - rescale.intercept) / rescale.slope);
    stored[i] =
        static_cast<Uint16>(static_cast<std::int16_t>(std::clamp(value, -32768.0, 32767.0)));
  }
  if (dataset
          .putAndInsertUint16Array(DCM_PixelData, stored.data(), static_cast<unsigned long>(count))
          .bad())
    throw OutputError(out_folder, "cannot store pixel data");
  if (encoding.transfer_syntax != EXS_LittleEndianExplicit) {
    const OFCondition status =
        dataset.chooseRepresentation(encoding.transfer_syntax, encoding.parameters);
    if (status.bad() || !dataset.canWriteXfer(encoding.transfer_syntax))
      throw OutputError(file_path.string(), std::string("cannot compress slice: ") + status.text());
  }
  const OFCondition status = file.saveFile(file_path.c_str(), encoding.transfer_syntax);
  if (status.bad())
    throw OutputError(file_path.string(), std::string("cannot write: ") + status.text());
}

}  // namespace

void write_dicom_series(const Volume& volume, const std::string& out_folder,
                        const DicomWriteOptions& options, const ctlite::Progress& progress) {
  check_volume(volume, out_folder);
  ensure_dicom_codecs_registered();
  refuse_input_location(normalised(out_folder), volume);
  const Rescale rescale = choose_rescale(volume.voxels, out_folder);
  const VolumeMetadata& metadata = volume.metadata;
  SeriesIdentity series;
  series.study_uid = metadata.study_instance_uid.empty() ? new_uid(SITE_STUDY_UID_ROOT)
                                                         : metadata.study_instance_uid;
  series.series_uid = new_uid(SITE_SERIES_UID_ROOT);
  series.frame_of_reference_uid = metadata.frame_of_reference_uid.empty()
                                      ? new_uid(SITE_UID_ROOT ".1.5")
                                      : metadata.frame_of_reference_uid;
  series.series_description = !options.series_description.empty()    ? options.series_description
                              : !metadata.series_description.empty() ? metadata.series_description
                                                                     : "CT-Lite export";
  series.series_number = !options.series_number.empty()    ? options.series_number
                         : !metadata.series_number.empty() ? metadata.series_number
                                                           : "1";
  series.date = date_time_now("%Y%m%d");
  series.time = date_time_now("%H%M%S");
  const std::size_t slices = static_cast<std::size_t>(volume.dims[2]);
  std::vector<std::string> sop_instance_uids(slices);
  for (std::string& uid : sop_instance_uids) uid = new_uid(SITE_INSTANCE_UID_ROOT);

  const DJLSRepresentationParameter jpeg_ls_lossless(0, OFTrue);
  const DcmRLERepresentationParameter rle;
  Encoding encoding{EXS_LittleEndianExplicit, nullptr};
  if (options.transfer_syntax == DicomTransferSyntax::JpegLsLossless)
    encoding = {EXS_JPEGLSLossless, &jpeg_ls_lossless};
  else if (options.transfer_syntax == DicomTransferSyntax::RleLossless)
    encoding = {EXS_RLELossless, &rle};

  AtomicOutput output = AtomicOutput::new_folder(out_folder);
  const fs::path folder(output.temp_path());
  for_each_slice_in_parallel(
      static_cast<std::int64_t>(slices), resolve_thread_count(0), progress, "write",
      [&](std::int64_t z, int) {
        char name[32];
        std::snprintf(name, sizeof name, "CT%06lld.dcm", static_cast<long long>(z) + 1);
        write_slice(volume, z, sop_instance_uids[static_cast<std::size_t>(z)], series, rescale,
                    encoding, folder / name, out_folder);
      });
  output.commit();
}

}  // namespace ctlite::core
