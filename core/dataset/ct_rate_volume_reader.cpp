#include "core/dataset/ct_rate_volume_reader.h"

#include <cstdio>
#include <filesystem>

#include "core/common/errors.h"
#include "core/io/nifti_reader.h"

namespace ctlite::core {
namespace {

std::string number_text(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

std::string spacing_text(const std::array<double, 3>& spacing) {
  return number_text(spacing[0]) + " x " + number_text(spacing[1]) + " x " +
         number_text(spacing[2]) + " mm";
}

std::string field(const CtRateMetadataRow& row, const char* name) {
  const auto found = row.fields.find(name);
  return found == row.fields.end() ? std::string() : found->second;
}

}  // namespace

Volume read_ct_rate_volume(const std::string& nifti_path, const CtRateMetadata& metadata,
                           const ctlite::Progress& progress, ReadNotes* notes) {
  const std::string name = std::filesystem::path(nifti_path).filename().string();
  const auto row = metadata.find(name);
  if (!row) throw InputError(metadata.source(), "no row for VolumeName " + name);

  NiftiImage image = read_nifti(nifti_path, progress, notes);
  Volume& volume = image.volume;
  const NiftiHeader& header = image.header;

  const std::array<double, 3> header_spacing = volume.spacing;
  // XYSpacing is DICOM PixelSpacing: [row spacing (y), column spacing (x)].
  volume.spacing = {row->xy_spacing[1], row->xy_spacing[0], row->z_spacing};
  add_note(notes, "spacing " + spacing_text(volume.spacing) + " from the metadata CSV " +
                      metadata.source() + " (NIfTI header says " + spacing_text(header_spacing) +
                      ")");

  const bool header_scaled =
      header.scl_slope != 0.0 && (header.scl_slope != 1.0 || header.scl_inter != 0.0);
  if (header_scaled)
    add_note(notes, "NIfTI scl_slope " + number_text(header.scl_slope) + " / scl_inter " +
                        number_text(header.scl_inter) +
                        " applied first, then the CSV rescale, as CT-CLIP does");
  const double slope = row->rescale_slope, intercept = row->rescale_intercept;
  for (float& value : volume.voxels)
    value = static_cast<float>(slope * static_cast<double>(value) + intercept);
  add_note(notes, "Hounsfield units = " + number_text(slope) + " x stored + " +
                      number_text(intercept) +
                      " (RescaleSlope/RescaleIntercept from the "
                      "metadata CSV)");

  volume.unit = IntensityUnit::Hounsfield;
  volume.source_format = "ct-rate";
  volume.metadata.modality = "CT";
  volume.metadata.manufacturer = field(*row, "Manufacturer");
  volume.metadata.convolution_kernel = field(*row, "ConvolutionKernel");
  volume.metadata.patient_sex = field(*row, "PatientSex");
  volume.metadata.series_description = field(*row, "SeriesDescription");
  volume.metadata.study_date = field(*row, "StudyDate");
  return std::move(image.volume);
}

}  // namespace ctlite::core
