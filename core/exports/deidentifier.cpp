#include "core/exports/deidentifier.h"

#include <array>
#include <stdexcept>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include "core/exports/dicom_uids.h"

namespace ctlite::core {

namespace {

// PS3.15 Table E.1-1, Basic Profile column, for the attributes a CT series, our SR or our
// encapsulated PDF can carry. X: remove.
const std::array<DcmTagKey, 44> kRemoved{
    DCM_InstitutionName, DCM_InstitutionAddress, DCM_InstitutionalDepartmentName,
    DCM_StationName, DCM_OperatorsName, DCM_PerformingPhysicianName, DCM_PhysiciansOfRecord,
    DCM_NameOfPhysiciansReadingStudy, DCM_RequestingPhysician, DCM_ReferringPhysicianAddress,
    DCM_ReferringPhysicianTelephoneNumbers, DCM_OtherPatientIDsSequence, DCM_OtherPatientNames,
    DCM_RETIRED_OtherPatientIDs, DCM_PatientBirthTime, DCM_PatientAge, DCM_PatientSize,
    DCM_PatientWeight, DCM_PatientAddress, DCM_PatientTelephoneNumbers, DCM_PatientMotherBirthName,
    DCM_RETIRED_MedicalRecordLocator, DCM_EthnicGroup, DCM_Occupation, DCM_AdditionalPatientHistory,
    DCM_PatientComments, DCM_MilitaryRank, DCM_BranchOfService, DCM_CountryOfResidence,
    DCM_RegionOfResidence, DCM_AdmissionID, DCM_DeviceSerialNumber, DCM_StudyDescription,
    DCM_SeriesDate, DCM_SeriesTime, DCM_AcquisitionDate, DCM_AcquisitionTime,
    DCM_InstanceCreationDate, DCM_InstanceCreationTime, DCM_ImageComments,
    DCM_RequestAttributesSequence, DCM_PerformedProcedureStepID,
    DCM_PerformedProcedureStepStartDate, DCM_PerformedProcedureStepStartTime};

// Z: keep the (type 2) attribute, empty.
const std::array<DcmTagKey, 7> kEmptied{DCM_PatientBirthDate, DCM_PatientSex, DCM_StudyDate,
                                        DCM_StudyTime, DCM_StudyID, DCM_AccessionNumber,
                                        DCM_ReferringPhysicianName};

// D for type 1 attributes of our own objects: a dummy value keeps the object valid.
struct DummyValue {
  DcmTagKey tag;
  const char* value;
};
const std::array<DummyValue, 3> kDummies{{{DCM_ContentDate, "19000101"},
                                          {DCM_ContentTime, "000000"},
                                          {DCM_AcquisitionDateTime, "19000101000000"}}};

// U: instance UIDs (never class or transfer syntax UIDs, which identify nobody).
const std::array<DcmTagKey, 12> kReplacedUids{
    DCM_StudyInstanceUID, DCM_SeriesInstanceUID, DCM_SOPInstanceUID,
    DCM_ReferencedSOPInstanceUID, DCM_FrameOfReferenceUID, DCM_ReferencedFrameOfReferenceUID,
    DCM_UID, DCM_MediaStorageSOPInstanceUID, DCM_InstanceCreatorUID, DCM_IrradiationEventUID,
    DCM_SynchronizationFrameOfReferenceUID, DCM_DimensionOrganizationUID};

template <std::size_t N>
bool listed(const std::array<DcmTagKey, N>& tags, const DcmTagKey& tag) {
  for (const auto& listed_tag : tags)
    if (listed_tag == tag) return true;
  return false;
}

void put(DcmItem& item, const DcmTagKey& tag, const std::string& value) {
  if (item.putAndInsertString(tag, value.c_str()).bad())
    throw std::logic_error("de-identification: cannot set " + std::string(DcmTag(tag).getTagName()));
}

}  // namespace

Deidentifier::Deidentifier(DeidentificationOptions options) : options_(std::move(options)) {}

std::string Deidentifier::replace_uid(const std::string& uid) {
  if (uid.empty()) return uid;
  // Fresh random UIDs, remembered: nothing about the original can be derived from them.
  auto [entry, inserted] = uid_map_.try_emplace(uid);
  if (inserted) entry->second = new_dicom_uid();
  return entry->second;
}

VolumeMetadata Deidentifier::metadata(const VolumeMetadata& source) {
  VolumeMetadata result;
  result.patient_name = options_.patient_name;
  result.patient_id = options_.patient_id;
  result.study_instance_uid = replace_uid(source.study_instance_uid);
  result.series_instance_uid = replace_uid(source.series_instance_uid);
  result.frame_of_reference_uid = replace_uid(source.frame_of_reference_uid);
  result.series_number = source.series_number;
  result.modality = source.modality;
  result.manufacturer = source.manufacturer;
  result.convolution_kernel = source.convolution_kernel;
  result.sop_class_uid = source.sop_class_uid;
  for (const auto& uid : source.sop_instance_uids)
    result.sop_instance_uids.push_back(replace_uid(uid));
  return result;
}

void Deidentifier::apply_to_item(DcmItem& item) {
  for (unsigned long i = item.card(); i-- > 0;) {
    DcmElement* element = item.getElement(i);
    const DcmTagKey tag = element->getTag();
    // Private attributes may hold anything (Basic Profile: remove).
    if (tag.isPrivate() || listed(kRemoved, tag)) {
      delete item.remove(element);
      continue;
    }
    if (element->ident() == EVR_SQ) {
      auto* sequence = static_cast<DcmSequenceOfItems*>(element);
      for (unsigned long n = 0; n < sequence->card(); ++n) apply_to_item(*sequence->getItem(n));
      continue;
    }
    if (listed(kEmptied, tag)) {
      element->clear();
    } else if (listed(kReplacedUids, tag)) {
      OFString uid;
      element->getOFStringArray(uid);
      element->putString(replace_uid(uid.c_str()).c_str());
    }
  }
  for (const auto& dummy : kDummies)
    if (item.tagExists(dummy.tag)) put(item, dummy.tag, dummy.value);
  if (item.tagExists(DCM_PatientName)) put(item, DCM_PatientName, options_.patient_name);
  if (item.tagExists(DCM_PatientID)) put(item, DCM_PatientID, options_.patient_id);
}

void Deidentifier::apply(DicomObject& object) {
  DcmDataset& dataset = object.dataset();
  apply_to_item(dataset);
  apply_to_item(*object.file().getMetaInfo());
  put(dataset, DCM_PatientIdentityRemoved, "YES");
  put(dataset, DCM_DeidentificationMethod,
      "PS3.15 Basic Profile, CT-Lite subset (docs/EXPORTS.md)");
  DcmItem* code = nullptr;
  if (dataset.findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, code, -2).bad())
    throw std::logic_error("de-identification: cannot add the method code");
  put(*code, DCM_CodeValue, "113100");
  put(*code, DCM_CodingSchemeDesignator, "DCM");
  put(*code, DCM_CodeMeaning, "Basic Application Confidentiality Profile");
}

}  // namespace ctlite::core
