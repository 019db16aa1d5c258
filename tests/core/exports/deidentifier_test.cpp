#include "core/exports/deidentifier.h"

#include <gtest/gtest.h>

#include <filesystem>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include "core/exports/findings_sr_writer.h"
#include "core/exports/source_identity.h"
#include "tests/core/exports/export_test_support.h"

namespace ctlite::core {
namespace {

namespace fs = std::filesystem;
using export_test::make_demo_report;
using export_test::make_source_series;
using export_test::text_of;
using testing::ScratchDir;

std::vector<std::string> sorted_slice_files(const std::string& folder) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(folder)) files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(Deidentifier, StripsIdentifyingAttributesOfASourceImage) {
  ScratchDir scratch;
  const Volume source = make_source_series(scratch);
  DicomObject image = DicomObject::load(sorted_slice_files(scratch.file("source")).front());
  DcmDataset& dataset = image.dataset();
  dataset.putAndInsertString(DCM_InstitutionName, "St. Elsewhere");
  dataset.putAndInsertString(DCM_PatientAge, "054Y");
  dataset.putAndInsertString(DcmTagKey(0x0029, 0x0010), "SIEMENS CSA HEADER");  // private creator
  const std::string original_sop = image.sop_instance_uid();

  Deidentifier deidentifier({"Pseudo^Nym", "P-17"});
  deidentifier.apply(image);
  EXPECT_EQ(text_of(dataset, DCM_PatientName), "Pseudo^Nym");
  EXPECT_EQ(text_of(dataset, DCM_PatientID), "P-17");
  EXPECT_EQ(text_of(dataset, DCM_AccessionNumber), "");
  EXPECT_TRUE(dataset.tagExists(DCM_AccessionNumber));  // type 2: emptied, not removed
  EXPECT_EQ(text_of(dataset, DCM_PatientBirthDate), "");
  EXPECT_EQ(text_of(dataset, DCM_ReferringPhysicianName), "");
  EXPECT_FALSE(dataset.tagExists(DCM_InstitutionName));
  EXPECT_FALSE(dataset.tagExists(DCM_PatientAge));
  EXPECT_FALSE(dataset.tagExists(DcmTagKey(0x0029, 0x0010)));
  EXPECT_EQ(text_of(dataset, DCM_PatientIdentityRemoved), "YES");
  EXPECT_NE(image.sop_instance_uid(), original_sop);
  EXPECT_EQ(image.sop_instance_uid(), deidentifier.replace_uid(original_sop));
  EXPECT_EQ(text_of(*image.file().getMetaInfo(), DCM_MediaStorageSOPInstanceUID),
            image.sop_instance_uid());
  EXPECT_EQ(text_of(dataset, DCM_StudyInstanceUID),
            deidentifier.replace_uid(source.metadata.study_instance_uid));
  // The pixels and the geometry stay: the images must still be readable.
  EXPECT_TRUE(dataset.tagExists(DCM_PixelData));
  EXPECT_TRUE(dataset.tagExists(DCM_ImagePositionPatient));

  const std::string path = scratch.file("anonymous.dcm");
  image.write(path);
  if (const auto report = export_test::dciodvfy_report(path)) {
    EXPECT_EQ(report->find("Error"), std::string::npos) << *report;
  }
}

TEST(Deidentifier, KeepsTheSrReferencesPointingAtTheDeidentifiedImages) {
  ScratchDir scratch;
  const Volume source = make_source_series(scratch);
  DicomObject sr =
      make_findings_sr(make_demo_report(), source, export_source_metadata(source), {});
  Deidentifier deidentifier;
  deidentifier.apply(sr);
  const VolumeMetadata anonymous = deidentifier.metadata(source.metadata);
  EXPECT_EQ(anonymous.patient_name, "ANONYMOUS");
  EXPECT_TRUE(anonymous.accession_number.empty());
  EXPECT_EQ(text_of(sr.dataset(), DCM_StudyInstanceUID), anonymous.study_instance_uid);

  DSRDocument document;
  ASSERT_TRUE(document.read(sr.dataset()).good());
  auto& evidence = document.getCurrentRequestedProcedureEvidence();
  ASSERT_EQ(evidence.getNumberOfInstances(), anonymous.sop_instance_uids.size());
  for (const auto& uid : anonymous.sop_instance_uids)
    EXPECT_TRUE(evidence.gotoItem(anonymous.study_instance_uid.c_str(),
                                  anonymous.series_instance_uid.c_str(), uid.c_str())
                    .good());
  const std::string path = scratch.file("anonymous_sr.dcm");
  sr.write(path);
  if (const auto report = export_test::dciodvfy_report(path)) {
    EXPECT_EQ(report->find("Error"), std::string::npos) << *report;
  }
}

}  // namespace
}  // namespace ctlite::core
