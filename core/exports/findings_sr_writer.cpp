#include "core/exports/findings_sr_writer.h"

#include <cstdio>
#include <stdexcept>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmsr/cmr/tid1500.h>
#include <dcmtk/dcmsr/cmr/tid4019.h>
#include <dcmtk/dcmsr/codes/dcm.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include "core/common/errors.h"
#include "core/exports/dicom_uids.h"
#include "core/exports/finding_codes.h"
#include "core/exports/source_identity.h"

namespace ctlite::core {

namespace {

// SNOMED CT "Present" / "Absent" (CID 240) and the body region every finding is reported in.
const DSRCodedEntryValue kPresent("52101004", "SCT", "Present");
const DSRCodedEntryValue kAbsent("272519000", "SCT", "Absent");
const DSRCodedEntryValue kChest("51185008", "SCT", "Chest");
// A probability is dimensionless: UCUM "1" (CID 7181).
const DSRCodedEntryValue kNoUnits("1", "UCUM", "no units");

void check(const OFCondition& status, const char* step) {
  if (status.bad())
    throw std::logic_error(std::string("DICOM SR: ") + step + " failed: " + status.text());
}

DSRCodedEntryValue coded(const CodedConcept& concept) {
  return DSRCodedEntryValue(concept.value.c_str(), concept.scheme.c_str(), concept.meaning.c_str());
}

std::string decimal(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4f", value);  // DS holds at most 16 characters
  return text;
}

bool can_reference_slices(const Volume& source) {
  const auto& metadata = source.metadata;
  return !metadata.sop_class_uid.empty() && !metadata.series_instance_uid.empty() &&
         metadata.sop_instance_uids.size() == static_cast<std::size_t>(source.dims[2]);
}

void check_evidence_inside(const FindingsReport& report, const Volume& source) {
  for (const auto& finding : report.findings) {
    if (!finding.evidence_voxel) continue;
    for (std::size_t axis = 0; axis < 3; ++axis)
      if ((*finding.evidence_voxel)[axis] >= source.dims[axis])
        throw InputError(source.source_path, "the evidence voxel of '" + finding.name +
                                                 "' lies outside this volume: the findings belong "
                                                 "to another CT");
  }
}

TID4019_AlgorithmIdentification algorithm_identification(const ModelIdentity& model,
                                                         const FindingResult& finding) {
  TID4019_AlgorithmIdentification algorithm;
  const std::string name = model.id.empty() ? model.name : model.name + " (" + model.id + ")";
  check(algorithm.setIdentification(name.c_str(), model.version.c_str()), "algorithm identity");
  check(algorithm.addParameter(("decision threshold " + decimal(finding.threshold)).c_str()),
        "algorithm parameter");
  check(algorithm.addParameter(("input " + model.input).c_str()), "algorithm parameter");
  if (!model.weights_sha256.empty())
    check(algorithm.addParameter(("weights sha256 " + model.weights_sha256).c_str()),
          "algorithm parameter");
  return algorithm;
}

void add_evidence(CMR_TID300_in_TID1501_in_TID1500& measurement, const FindingResult& finding,
                  const Volume& source) {
  if (!finding.evidence_voxel || !can_reference_slices(source)) return;
  const auto& voxel = *finding.evidence_voxel;
  const auto& metadata = source.metadata;
  const DSRImageReferenceValue slice(
      metadata.sop_class_uid.c_str(),
      metadata.sop_instance_uids[static_cast<std::size_t>(voxel[2])].c_str());
  // SCOORD pixel coordinates put the centre of the top-left pixel at (0.5, 0.5) (PS3.3 C.18.6).
  DSRSpatialCoordinatesValue point(DSRTypes::GT_Point);
  point.getGraphicDataList().addItem(static_cast<float>(voxel[0]) + 0.5f,
                                     static_cast<float>(voxel[1]) + 0.5f);
  check(measurement.addSpatialCoordinates(CODE_DCM_SourceOfMeasurement, point, slice),
        "evidence point");
}

void add_finding_group(TID1500_MeasurementReport& report, const ModelIdentity& model,
                       const FindingResult& finding, const Volume& source) {
  check(report.addIndividualMeasurements(), "measurement group");
  auto& group = report.getIndividualMeasurements();
  check(group.setTrackingIdentifier(finding.name.c_str()), "tracking identifier");
  check(group.setTrackingUniqueIdentifier(new_dicom_uid().c_str()), "tracking UID");
  check(group.setFinding(coded(finding_code(finding.name))), "finding");
  check(group.addFindingSite(kChest), "finding site");
  const CMR_TID1501_in_TID1500::MeasurementValue score(decimal(finding.score).c_str(), kNoUnits);
  check(group.addMeasurement(DSRCodedEntryValue(CODE_DCM_Probability), score), "score");

  auto& measurement = group.getMeasurement();
  add_evidence(measurement, finding, source);
  // The algorithm identification qualifies the score (HAS CONCEPT MOD below the NUM).
  check(measurement.gotoRoot() > 0 ? EC_Normal : EC_IllegalCall, "measurement root");
  check(measurement.insertExtraTemplate(algorithm_identification(model, finding),
                                        DSRTypes::AM_belowCurrent, DSRTypes::RT_hasConceptMod),
        "algorithm identification");
  check(group.addQualitativeEvaluation(DSRCodedEntryValue(CODE_DCM_PresenceOfProperty),
                                       finding.present ? kPresent : kAbsent),
        "presence");
}

void add_evidence_references(DSRDocument& document, const Volume& source,
                             const VolumeMetadata& identity) {
  if (!can_reference_slices(source)) return;
  auto& evidence = document.getCurrentRequestedProcedureEvidence();
  for (const auto& instance : source.metadata.sop_instance_uids)
    check(evidence.addItem(identity.study_instance_uid.c_str(),
                           source.metadata.series_instance_uid.c_str(),
                           source.metadata.sop_class_uid.c_str(), instance.c_str()),
          "evidence reference");
}

void declare_private_codes(DSRDocument& document) {
  auto& schemes = document.getCodingSchemeIdentification();
  check(schemes.addItem(kPrivateCodingScheme), "coding scheme");
  check(schemes.setCodingSchemeName(kPrivateCodingSchemeName), "coding scheme name");
  check(schemes.setCodingSchemeResponsibleOrganization("CT-Lite Workstation project"),
        "coding scheme organization");
}

}  // namespace

DicomObject make_findings_sr(const FindingsReport& report, const Volume& source,
                             const VolumeMetadata& identity, const FindingsSrOptions& options) {
  check_evidence_inside(report, source);
  TID1500_MeasurementReport tree(CMR_CID7021::ImagingMeasurementReport);
  check(tree.setLanguage(CID5000_Languages::English), "language");
  const std::string device_name = report.model.name + " " + report.model.version;
  check(tree.getObservationContext().addDeviceObserver(
            name_based_uid("ctlite-model:" + report.model.id + ":" + report.model.version + ":" +
                           report.model.weights_sha256)
                .c_str(),
            device_name.c_str(), "CT-Lite Workstation", report.model.name.c_str()),
        "device observer");
  check(tree.addProcedureReported(CMR_CID100::CTUnspecifiedBodyRegion), "procedure");
  for (const auto& finding : report.findings) add_finding_group(tree, report.model, finding, source);
  if (!report.model.notice.empty())
    check(tree.addQualitativeEvaluation(DSRCodedEntryValue(CODE_DCM_Comment),
                                        report.model.notice.c_str()),
          "notice");
  if (!tree.isValid()) throw std::logic_error("DICOM SR: the TID 1500 tree is incomplete");

  DSRDocument document(DSRTypes::DT_Comprehensive3DSR);
  check(document.setTreeFromRootTemplate(tree), "document tree");
  // DCMTK's TID 1500 builds an Enhanced SR; the issue asks for Comprehensive 3D SR, which also
  // admits the SCOORD3D evidence a later version may add, and every PACS that stores SR reads it.
  check(document.changeDocumentType(DSRTypes::DT_Comprehensive3DSR), "document type");
  check(document.setSpecificCharacterSetType(DSRTypes::CS_UTF8), "character set");
  check(document.setManufacturer("CT-Lite Workstation"), "manufacturer");
  check(document.setManufacturerModelName("ctlite"), "model name");
  if (!options.software_version.empty())
    check(document.setSoftwareVersions(options.software_version.c_str()), "software version");
  check(document.setSeriesDescription(options.series_description.c_str()), "series description");
  check(document.setSeriesNumber(options.series_number.c_str()), "series number");
  check(document.setInstanceNumber("1"), "instance number");
  // Machine output nobody has signed off yet.
  check(document.setPreliminaryFlag(DSRTypes::PF_Preliminary), "preliminary flag");
  add_evidence_references(document, source, identity);
  declare_private_codes(document);

  auto file = std::make_unique<DcmFileFormat>();
  check(document.write(*file->getDataset()), "write");
  // DSRDocument made up its own study; the SR belongs to the source's patient and study.
  put_source_patient_and_study(identity, *file->getDataset());
  return DicomObject(std::move(file));
}

}  // namespace ctlite::core
