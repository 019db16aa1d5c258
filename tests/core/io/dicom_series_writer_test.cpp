// The CT series writer, checked by reading its output back (and by dciodvfy where installed).

#include "core/io/dicom_series_writer.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <set>

#include "core/common/errors.h"
#include "core/io/dicom_series_reader.h"
#include "tests/core/io/dicom_test_support.h"

namespace ctlite::core {
namespace {

using dicom_test::make_ct_volume;
using dicom_test::tilted_direction;
using testing::ScratchDir;
namespace fs = std::filesystem;

std::vector<fs::path> files_in(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string transfer_syntax_of(const fs::path& file) {
  DcmFileFormat format;
  EXPECT_TRUE(format.loadFile(file.c_str()).good());
  OFString uid;
  format.getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, uid);
  return uid.c_str();
}

void expect_same_geometry(const Volume& read, const Volume& written) {
  EXPECT_EQ(read.dims, written.dims);
  for (int i = 0; i < 3; ++i) {
    EXPECT_NEAR(read.spacing[i], written.spacing[i], 1e-9) << "spacing " << i;
    EXPECT_NEAR(read.origin[i], written.origin[i], 1e-6) << "origin " << i;
  }
  for (int i = 0; i < 9; ++i) EXPECT_NEAR(read.direction[i], written.direction[i], 1e-9) << i;
}

TEST(DicomSeriesWriter, RoundTripKeepsGeometryHounsfieldValuesAndMetadata) {
  ScratchDir scratch;
  const Volume written =
      make_ct_volume({20, 16, 6}, {0.75, 0.8, 2.5}, {-120.5, -98.25, 40.0}, tilted_direction(20.0));
  const std::string folder = scratch.file("series");
  write_dicom_series(written, folder, {});

  ASSERT_EQ(files_in(folder).size(), 6u);
  const Volume read = read_dicom_series(folder);
  expect_same_geometry(read, written);
  EXPECT_EQ(read.voxels, written.voxels);
  EXPECT_EQ(read.unit, IntensityUnit::Hounsfield);
  EXPECT_EQ(read.metadata.patient_name, "Phantom^Test");
  EXPECT_EQ(read.metadata.patient_id, "CTLITE-0001");
  EXPECT_EQ(read.metadata.study_instance_uid, written.metadata.study_instance_uid);
  EXPECT_EQ(read.metadata.study_description, "Synthetic chest");
  EXPECT_EQ(read.metadata.series_description, "Phantom series");
  EXPECT_EQ(read.metadata.modality, "CT");
  EXPECT_FALSE(read.metadata.series_instance_uid.empty());
  EXPECT_FALSE(read.metadata.frame_of_reference_uid.empty());
  ASSERT_EQ(read.metadata.sop_instance_uids.size(), 6u);
  std::set<std::string> unique(read.metadata.sop_instance_uids.begin(),
                               read.metadata.sop_instance_uids.end());
  EXPECT_EQ(unique.size(), 6u);
  EXPECT_EQ(transfer_syntax_of(files_in(folder).front()), "1.2.840.10008.1.2.1");
}

TEST(DicomSeriesWriter, LosslessCompressedSyntaxesRoundTripExactly) {
  ScratchDir scratch;
  const Volume written = make_ct_volume({24, 18, 3});
  const std::vector<std::pair<DicomTransferSyntax, std::string>> syntaxes{
      {DicomTransferSyntax::JpegLsLossless, "1.2.840.10008.1.2.4.80"},
      {DicomTransferSyntax::RleLossless, "1.2.840.10008.1.2.5"}};
  for (const auto& [syntax, uid] : syntaxes) {
    SCOPED_TRACE(uid);
    const std::string folder = scratch.file(uid);
    DicomWriteOptions options;
    options.transfer_syntax = syntax;
    write_dicom_series(written, folder, options);
    EXPECT_EQ(transfer_syntax_of(files_in(folder).front()), uid);
    const Volume read = read_dicom_series(folder);
    expect_same_geometry(read, written);
    EXPECT_EQ(read.voxels, written.voxels);
  }
}

TEST(DicomSeriesWriter, ReversedSliceDirectionKeepsEveryVoxelAtItsPhysicalPosition) {
  ScratchDir scratch;
  // z points to the feet: the reader orders slices along row x column (the head) instead.
  const Volume written =
      make_ct_volume({8, 6, 5}, {1.0, 1.0, 2.0}, {0.0, 0.0, 100.0}, {1, 0, 0, 0, 1, 0, 0, 0, -1});
  write_dicom_series(written, scratch.file("series"), {});
  const Volume read = read_dicom_series(scratch.file("series"));
  ASSERT_EQ(read.dims, written.dims);
  EXPECT_NEAR(read.direction[8], 1.0, 1e-12);
  EXPECT_NEAR(read.origin[2], 92.0, 1e-9);
  for (std::int64_t z = 0; z < 5; ++z)
    EXPECT_EQ(read.at(3, 2, z), written.at(3, 2, 4 - z)) << "slice " << z;
}

TEST(DicomSeriesWriter, WideOrFractionalRangesUseASlopeAndStayWithinHalfAStep) {
  ScratchDir scratch;
  Volume written = make_ct_volume({10, 10, 2});
  written.voxels[0] = -50000.25f;
  written.voxels[1] = 60000.5f;
  written.voxels[2] = 12.3f;
  write_dicom_series(written, scratch.file("series"), {});
  const Volume read = read_dicom_series(scratch.file("series"));
  const double step = (60001.0 - -50001.0) / 65535.0;
  for (std::size_t i = 0; i < written.voxels.size(); ++i)
    ASSERT_NEAR(read.voxels[i], written.voxels[i], step / 2 + 1e-3) << "voxel " << i;
}

TEST(DicomSeriesWriter, NeverWritesIntoAnExistingFolderAndLeavesNoTemporaryFolders) {
  ScratchDir scratch;
  const Volume first = make_ct_volume({6, 6, 2});
  const std::string folder = scratch.file("series");
  write_dicom_series(first, folder, {});
  EXPECT_THROW(write_dicom_series(make_ct_volume({6, 6, 3}), folder, {}), OutputError);
  EXPECT_EQ(read_dicom_series(folder).voxels, first.voxels);  // untouched
  fs::create_directory(scratch.file("empty"));
  EXPECT_THROW(write_dicom_series(first, scratch.file("empty"), {}), OutputError);
  EXPECT_EQ(files_in(scratch.path()).size(), 2u);  // no staging folder left beside them
}

TEST(DicomSeriesWriter, FailureLeavesNothingBehind) {
  ScratchDir scratch;
  Volume broken = make_ct_volume({6, 6, 2});
  broken.voxels.back() = std::nanf("");
  EXPECT_THROW(write_dicom_series(broken, scratch.file("series"), {}), OutputError);

  ctlite::Progress cancel_after_first_slice([](const ctlite::ProgressEvent& event) {
    if (event.fraction > 0.0) throw ctlite::OperationCancelled();
  });
  EXPECT_THROW(write_dicom_series(make_ct_volume({6, 6, 4}), scratch.file("series"), {},
                                  cancel_after_first_slice),
               ctlite::OperationCancelled);
  EXPECT_TRUE(files_in(scratch.path()).empty());
}

TEST(DicomSeriesWriter, RefusesInputLocationAndNonHounsfieldVolumes) {
  ScratchDir scratch;
  Volume volume = make_ct_volume({6, 6, 2});
  volume.source_path = scratch.path();
  EXPECT_THROW(write_dicom_series(volume, scratch.file("inside"), {}), OutputError);
  volume.source_path.clear();
  volume.unit = IntensityUnit::WindowedGray;
  EXPECT_THROW(write_dicom_series(volume, scratch.file("gray"), {}), OutputError);
}

TEST(DicomSeriesWriter, OutputPassesTheDicom3ToolsValidator) {
  if (!fs::exists("/usr/bin/dciodvfy")) GTEST_SKIP() << "dciodvfy (dicom3tools) not installed";
  ScratchDir scratch;
  write_dicom_series(make_ct_volume({16, 12, 2}), scratch.file("series"), {});
  const std::string command =
      "/usr/bin/dciodvfy -new " + files_in(scratch.file("series")).front().string() + " 2>&1";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  ASSERT_TRUE(pipe);
  std::string report;
  char buffer[512];
  while (fgets(buffer, sizeof buffer, pipe.get())) report += buffer;
  EXPECT_EQ(report.find("Error"), std::string::npos) << report;
  EXPECT_NE(report.find("CTImage"), std::string::npos) << report;
}

}  // namespace
}  // namespace ctlite::core
