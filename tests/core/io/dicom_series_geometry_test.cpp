// Series that are not one regular volume, built with the writer and then damaged: the reader
// must refuse them with a clear reason (or, for harmless duplicates, read them with a warning).

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <gtest/gtest.h>

#include "core/common/errors.h"
#include "core/io/dicom_series_reader.h"
#include "core/io/dicom_series_writer.h"
#include "tests/core/io/dicom_test_support.h"

namespace ctlite::core {
namespace {

using dicom_test::make_ct_volume;
using testing::ScratchDir;
namespace fs = std::filesystem;

std::string problem_reading(const std::string& folder) {
  const InputError error = dicom_test::expect_input_error([&] { read_dicom_series(folder); });
  EXPECT_EQ(error.path(), folder);
  return error.problem();
}

// Rewrites one attribute of every file in `folder` (as a damaged or merged export would).
void set_attribute(const fs::path& folder, const DcmTagKey& tag, const std::string& value) {
  for (const auto& entry : fs::directory_iterator(folder)) {
    DcmFileFormat file;
    ASSERT_TRUE(file.loadFile(entry.path().c_str()).good());
    if (value.empty())
      file.getDataset()->findAndDeleteElement(tag);
    else
      ASSERT_TRUE(file.getDataset()->putAndInsertString(tag, value.c_str()).good());
    ASSERT_TRUE(file.saveFile(entry.path().c_str(), EXS_LittleEndianExplicit).good());
  }
}

// Writes both volumes into sub-folders of `scratch` under one Series Instance UID, as a
// careless merge of two exports would, and returns the problem reading them reports.
std::string problem_reading_merged(const ScratchDir& scratch, const Volume& first,
                                   const Volume& second) {
  const fs::path first_folder = scratch.file("first");
  const fs::path second_folder = scratch.file("second");
  write_dicom_series(first, first_folder.string(), {});
  write_dicom_series(second, second_folder.string(), {});
  set_attribute(second_folder, DCM_SeriesInstanceUID,
                read_dicom_series(first_folder.string()).metadata.series_instance_uid);
  return problem_reading(scratch.path());
}

TEST(DicomSeriesGeometry, MissingMiddleSliceIsRejectedAndCanBeResampled) {
  ScratchDir scratch;
  const std::string folder = scratch.file("series");
  const Volume written = make_ct_volume({8, 8, 6});
  write_dicom_series(written, folder, {});
  fs::remove(fs::path(folder) / "CT000004.dcm");

  const std::string problem = problem_reading(folder);
  EXPECT_NE(problem.find("unevenly spaced"), std::string::npos) << problem;
  EXPECT_NE(problem.find("CT000003.dcm and CT000005.dcm"), std::string::npos) << problem;

  DicomReadOptions options;
  options.resample_uneven_spacing = true;
  const DicomReadResult result = read_dicom_series_with_warnings(folder, "", options);
  ASSERT_EQ(result.volume.dims[2], 6);
  EXPECT_NEAR(result.volume.spacing[2], 2.5, 1e-9);
  EXPECT_EQ(result.volume.at(2, 3, 4), written.at(2, 3, 4));
  EXPECT_FLOAT_EQ(result.volume.at(2, 3, 3), 0.5f * (written.at(2, 3, 2) + written.at(2, 3, 4)));
}

TEST(DicomSeriesGeometry, ExactDuplicateFilesAreIgnoredWithAWarning) {
  ScratchDir scratch;
  const std::string folder = scratch.file("series");
  const Volume written = make_ct_volume({8, 8, 4});
  write_dicom_series(written, folder, {});
  fs::copy_file(fs::path(folder) / "CT000002.dcm", fs::path(folder) / "copy-of-2.dcm");
  const DicomReadResult result = read_dicom_series_with_warnings(folder, "", {});
  EXPECT_EQ(result.volume.voxels, written.voxels);
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_NE(result.warnings.front().find("duplicate"), std::string::npos);
}

TEST(DicomSeriesGeometry, TwoImagesAtOnePositionAreRejected) {
  ScratchDir scratch;
  const std::string problem =
      problem_reading_merged(scratch, make_ct_volume({8, 8, 3}), make_ct_volume({8, 8, 3}));
  EXPECT_NE(problem.find("same position"), std::string::npos) << problem;
}

TEST(DicomSeriesGeometry, ImagesOfDifferentSizesAreRejected) {
  ScratchDir scratch;
  const std::string problem =
      problem_reading_merged(scratch, make_ct_volume({8, 8, 2}),
                             make_ct_volume({10, 8, 2}, {0.75, 0.8, 2.5}, {-120.5, -98.25, 60.0}));
  EXPECT_NE(problem.find("differ in size"), std::string::npos) << problem;
}

TEST(DicomSeriesGeometry, TiltedGantryStackIsRejected) {
  ScratchDir scratch;
  const std::string folder = scratch.file("series");
  // Slices step along (0, sin 15°, cos 15°) while the image plane stays axial: a sheared grid.
  const double s = std::sin(15.0 * 3.14159265358979 / 180.0);
  const double c = std::cos(15.0 * 3.14159265358979 / 180.0);
  write_dicom_series(
      make_ct_volume({8, 8, 4}, {0.75, 0.8, 2.5}, {0, 0, 0}, {1, 0, 0, 0, 1, s, 0, 0, c}), folder,
      {});
  const std::string problem = problem_reading(folder);
  EXPECT_NE(problem.find("gantry tilt of about 15.00 degrees"), std::string::npos) << problem;
}

TEST(DicomSeriesGeometry, SlicesWithoutPositionCannotBeOrdered) {
  ScratchDir scratch;
  const std::string folder = scratch.file("series");
  write_dicom_series(make_ct_volume({8, 8, 3}), folder, {});
  set_attribute(folder, DCM_ImagePositionPatient, "");
  const std::string problem = problem_reading(folder);
  EXPECT_NE(problem.find("no Image Position (Patient)"), std::string::npos) << problem;
}

TEST(DicomSeriesGeometry, ManyFilesDecodedInParallelLandInTheirSlices) {
  ScratchDir scratch;
  const std::string folder = scratch.file("series");
  const Volume written = make_ct_volume({32, 24, 17});
  write_dicom_series(written, folder, {});
  EXPECT_EQ(read_dicom_series(folder).voxels, written.voxels);
}

}  // namespace
}  // namespace ctlite::core
