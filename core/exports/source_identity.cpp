#include "core/exports/source_identity.h"

#include <ctime>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>

#include "core/exports/dicom_uids.h"

namespace ctlite::core {

VolumeMetadata export_source_metadata(const Volume& volume) {
  VolumeMetadata metadata = volume.metadata;
  if (metadata.study_instance_uid.empty()) metadata.study_instance_uid = new_dicom_uid();
  return metadata;
}

void put_source_patient_and_study(const VolumeMetadata& source, DcmItem& dataset) {
  dataset.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
  dataset.putAndInsertString(DCM_PatientName, source.patient_name.c_str());
  dataset.putAndInsertString(DCM_PatientID, source.patient_id.c_str());
  dataset.putAndInsertString(DCM_PatientBirthDate, source.patient_birth_date.c_str());
  dataset.putAndInsertString(DCM_PatientSex, source.patient_sex.c_str());
  dataset.putAndInsertString(DCM_StudyInstanceUID, source.study_instance_uid.c_str());
  dataset.putAndInsertString(DCM_StudyDate, source.study_date.c_str());
  dataset.putAndInsertString(DCM_StudyTime, source.study_time.c_str());
  dataset.putAndInsertString(DCM_StudyID, source.study_id.c_str());
  dataset.putAndInsertString(DCM_AccessionNumber, source.accession_number.c_str());
  dataset.putAndInsertString(DCM_ReferringPhysicianName, source.referring_physician.c_str());
  if (!source.study_description.empty())
    dataset.putAndInsertString(DCM_StudyDescription, source.study_description.c_str());
}

DicomTimestamp dicom_now() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char date[16];
  char time[16];
  std::strftime(date, sizeof date, "%Y%m%d", &local);
  std::strftime(time, sizeof time, "%H%M%S", &local);
  return {date, time};
}

}  // namespace ctlite::core
