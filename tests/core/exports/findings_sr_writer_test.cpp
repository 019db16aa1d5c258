#include "core/exports/findings_sr_writer.h"

#include <gtest/gtest.h>

#include <filesystem>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmsr/codes/dcm.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include "core/exports/source_identity.h"
#include "tests/core/exports/export_test_support.h"

namespace ctlite::core {
namespace {

namespace fs = std::filesystem;
using export_test::make_demo_report;
using export_test::make_source_series;
using export_test::run_command;
using export_test::text_of;
using testing::ScratchDir;

struct WrittenSr {
  Volume source;
  std::string path;
};

WrittenSr write_demo_sr(const ScratchDir& scratch) {
  WrittenSr written{make_source_series(scratch), scratch.file("findings_sr.dcm")};
  make_findings_sr(make_demo_report(), written.source, export_source_metadata(written.source),
                   {"CT-Lite AI findings", "9001", "0.1.0"})
      .write(written.path);
  return written;
}

TEST(FindingsSrWriter, JoinsTheSourceStudyAndReferencesEverySourceImage) {
  ScratchDir scratch;
  const WrittenSr written = write_demo_sr(scratch);
  DcmFileFormat file;
  ASSERT_TRUE(file.loadFile(written.path.c_str()).good());
  DcmDataset& dataset = *file.getDataset();
  EXPECT_EQ(text_of(dataset, DCM_SOPClassUID), UID_Comprehensive3DSRStorage);
  EXPECT_EQ(text_of(dataset, DCM_Modality), "SR");
  EXPECT_EQ(text_of(dataset, DCM_StudyInstanceUID), written.source.metadata.study_instance_uid);
  EXPECT_EQ(text_of(dataset, DCM_PatientID), "CTLITE-0001");
  EXPECT_EQ(text_of(dataset, DCM_PatientName), "Phantom^Test");
  EXPECT_EQ(text_of(dataset, DCM_AccessionNumber), "ACC123");
  EXPECT_NE(text_of(dataset, DCM_SeriesInstanceUID), written.source.metadata.series_instance_uid);

  DSRDocument document;
  ASSERT_TRUE(document.read(dataset).good());
  auto& evidence = document.getCurrentRequestedProcedureEvidence();
  EXPECT_EQ(evidence.getNumberOfInstances(), written.source.metadata.sop_instance_uids.size());
  for (const auto& uid : written.source.metadata.sop_instance_uids)
    EXPECT_TRUE(evidence.gotoItem(written.source.metadata.study_instance_uid.c_str(),
                                  written.source.metadata.series_instance_uid.c_str(),
                                  uid.c_str())
                    .good())
        << uid;
}

TEST(FindingsSrWriter, HoldsOneMeasurementGroupPerFindingWithScorePresenceAndAlgorithm) {
  ScratchDir scratch;
  const WrittenSr written = write_demo_sr(scratch);
  DcmFileFormat file;
  ASSERT_TRUE(file.loadFile(written.path.c_str()).good());
  DSRDocument document;
  ASSERT_TRUE(document.read(*file.getDataset()).good());
  DSRDocumentTree& tree = document.getTree();
  EXPECT_EQ(document.getDocumentType(), DSRTypes::DT_Comprehensive3DSR);

  const FindingsReport report = make_demo_report();
  std::size_t groups = 0;
  std::size_t present = 0;
  std::size_t scores = 0;
  std::size_t algorithms = 0;
  std::size_t points = 0;
  ASSERT_TRUE(tree.gotoRoot() > 0);
  do {
    DSRContentItem& item = tree.getCurrentContentItem();
    const DSRCodedEntryValue& concept = item.getConceptName();
    if (concept == CODE_DCM_MeasurementGroup) ++groups;
    if (concept == CODE_DCM_Probability) {
      ++scores;
      EXPECT_EQ(item.getNumericValuePtr()->getMeasurementUnit().getCodeValue(), "1");
    }
    if (concept == CODE_DCM_AlgorithmName) {
      ++algorithms;
      EXPECT_EQ(item.getStringValue(), "CT-Lite demo (ctlite-demo)");
    }
    if (concept == CODE_DCM_PresenceOfProperty && item.getCodeValue().getCodeValue() == "52101004")
      ++present;
    if (item.getValueType() == DSRTypes::VT_SCoord) ++points;
  } while (tree.iterate() > 0);
  EXPECT_EQ(groups, report.findings.size());
  EXPECT_EQ(scores, report.findings.size());
  EXPECT_EQ(algorithms, report.findings.size());
  EXPECT_EQ(points, report.findings.size());
  std::size_t expected_present = 0;
  for (const auto& finding : report.findings) expected_present += finding.present ? 1 : 0;
  EXPECT_EQ(present, expected_present);
}

TEST(FindingsSrWriter, PassesDciodvfyAndReadsWithDsrdump) {
  if (!fs::exists("/usr/bin/dciodvfy") || !fs::exists("/usr/bin/dsrdump"))
    GTEST_SKIP() << "dciodvfy (dicom3tools) or dsrdump (dcmtk) not installed";
  ScratchDir scratch;
  const WrittenSr written = write_demo_sr(scratch);
  const auto validation = run_command("/usr/bin/dciodvfy -new '" + written.path + "'");
  EXPECT_EQ(validation.output.find("Error"), std::string::npos) << validation.output;
  EXPECT_NE(validation.output.find("Comprehensive3DSR"), std::string::npos) << validation.output;

  const auto dump = run_command("/usr/bin/dsrdump +Pl '" + written.path + "'");
  EXPECT_EQ(dump.exit_code, 0) << dump.output;
  EXPECT_NE(dump.output.find("Imaging Measurement Report"), std::string::npos) << dump.output;
  EXPECT_NE(dump.output.find("Pleural effusion"), std::string::npos);
  EXPECT_NE(dump.output.find("Trained on synthetic phantoms"), std::string::npos) << dump.output;
}

TEST(FindingsSrWriter, RefusesEvidenceOutsideTheVolume) {
  ScratchDir scratch;
  const Volume source = make_source_series(scratch);
  FindingsReport report = make_demo_report();
  report.findings[3].evidence_voxel = std::array<std::int64_t, 3>{5, 5, 6};  // 6 slices: 0..5
  EXPECT_THROW(make_findings_sr(report, source, export_source_metadata(source), {}), InputError);
}

TEST(FindingsSrWriter, SourceWithoutDicomImagesStillGivesAValidStudy) {
  ScratchDir scratch;
  Volume source = make_source_series(scratch);
  source.metadata = VolumeMetadata{};  // e.g. a NIfTI: no patient, study or SOP instances
  const VolumeMetadata identity = export_source_metadata(source);
  ASSERT_FALSE(identity.study_instance_uid.empty());
  const std::string path = scratch.file("sr.dcm");
  make_findings_sr(make_demo_report(), source, identity, {}).write(path);
  DcmFileFormat file;
  ASSERT_TRUE(file.loadFile(path.c_str()).good());
  EXPECT_EQ(text_of(*file.getDataset(), DCM_StudyInstanceUID), identity.study_instance_uid);
  if (const auto report = export_test::dciodvfy_report(path)) {
    EXPECT_EQ(report->find("Error"), std::string::npos) << *report;
  }
}

}  // namespace
}  // namespace ctlite::core
