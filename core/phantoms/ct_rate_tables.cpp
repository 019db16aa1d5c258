#include "core/phantoms/ct_rate_tables.h"

#include <cstdio>
#include <initializer_list>

#include "core/dataset/abnormality_names.h"

namespace ctlite::core {

namespace {

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", value);
  return text;
}

std::string row(std::initializer_list<std::string> fields) {
  std::string line;
  for (const std::string& f : fields) line += (line.empty() ? "" : ",") + csv_field(f);
  return line + "\n";
}

}  // namespace

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

CtRateTables::CtRateTables() {
  reports_ = row(
      {"VolumeName", "ClinicalInformation_EN", "Technique_EN", "Findings_EN", "Impressions_EN"});
  metadata_ = row({"VolumeName",
                   "Manufacturer",
                   "SeriesDescription",
                   "ManufacturerModelName",
                   "PatientSex",
                   "PatientAge",
                   "ReconstructionDiameter",
                   "XRayTubeCurrent",
                   "KVP",
                   "ConvolutionKernel",
                   "PatientPosition",
                   "SliceThickness",
                   "Rows",
                   "Columns",
                   "XYSpacing",
                   "RescaleIntercept",
                   "RescaleSlope",
                   "RescaleType",
                   "NumberofSlices",
                   "ZSpacing",
                   "StudyDate",
                   "ImagePositionPatient",
                   "ImageOrientationPatient"});
  labels_ = "VolumeName";
  for (std::string_view name : kAbnormalityNames) labels_ += "," + csv_field(std::string(name));
  labels_ += "\n";
}

void CtRateTables::add(const std::string& volume_name, const Phantom& phantom,
                       const std::string& study_date) {
  const RadiologyReport& r = phantom.report;
  reports_ += row({volume_name, r.clinical_information, r.technique, r.findings, r.impressions});

  const Volume& v = phantom.volume;
  const AcquisitionSpec& a = phantom.spec.acquisition;
  char age[8];
  std::snprintf(age, sizeof age, "%03dY", phantom.spec.patient.age_years);
  const std::string xy = number(v.spacing[1]);  // DICOM PixelSpacing: row spacing first
  const std::string yx = number(v.spacing[0]);
  metadata_ += row(
      {volume_name,
       a.manufacturer,
       "CHEST " + a.kernel,
       a.model,
       std::string(1, phantom.spec.patient.sex),
       age,
       number(v.dims[0] * v.spacing[0]),
       std::to_string(a.tube_current_ma),
       std::to_string(a.kvp),
       a.kernel,
       "HFS",
       number(v.spacing[2]),
       std::to_string(v.dims[1]),
       std::to_string(v.dims[0]),
       "[" + xy + ", " + yx + "]",
       std::to_string(kRescaleIntercept),
       "1",
       "HU",
       std::to_string(v.dims[2]),
       number(v.spacing[2]),
       study_date,
       "[" + number(v.origin[0]) + ", " + number(v.origin[1]) + ", " + number(v.origin[2]) + "]",
       "[1, 0, 0, 0, 1, 0]"});

  labels_ += csv_field(volume_name);
  for (bool present : phantom.labels) labels_ += present ? ",1" : ",0";
  labels_ += "\n";
}

}  // namespace ctlite::core
