#include "core/io/volume_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <numeric>

#include "core/common/errors.h"
#include "core/io/jpeg_stack_writer.h"
#include "core/io/nifti_writer.h"
#include "io_test_support.h"

namespace ctlite::core {
namespace {

using testing::ScratchDir;

std::string testdata(const std::string& relative) {
  return testing::shared_dir() + "/testdata/" + relative;
}

double mean_of(const Volume& volume) {
  return std::accumulate(volume.voxels.begin(), volume.voxels.end(), 0.0) /
         static_cast<double>(volume.voxels.size());
}

TEST(VolumeReader, DetectsFormatsFromContent) {
  EXPECT_EQ(detect_volume_format(testdata("nifti/anatomical.nii")), VolumeFormat::Nifti);
  EXPECT_EQ(detect_volume_format(testdata("nifti/example_nifti2.nii.gz")), VolumeFormat::Nifti);
  EXPECT_EQ(detect_volume_format(testdata("dicom/CT_small.dcm")), VolumeFormat::Dicom);
  EXPECT_EQ(detect_volume_format(testdata("dicom/malformed/no_meta.dcm")), VolumeFormat::Dicom);
  EXPECT_EQ(detect_volume_format(testdata("dicom/series/CT5N_contiguous")), VolumeFormat::Dicom);
  // Content, not name: a NIfTI called .dat is still NIfTI.
  ScratchDir scratch;
  std::filesystem::copy_file(testdata("nifti/anatomical.nii"), scratch.file("scan.dat"));
  EXPECT_EQ(detect_volume_format(scratch.file("scan.dat")), VolumeFormat::Nifti);
  testing::write_file_bytes(scratch.file("a.npz"), {'P', 'K', 5, 6});
  EXPECT_EQ(detect_volume_format(scratch.file("a.npz")), VolumeFormat::Npz);
}

TEST(VolumeReader, UnknownOrMissingInputNamesThePath) {
  ScratchDir scratch;
  const std::string text = scratch.file("notes.txt");
  std::ofstream(text) << "not an image\n";
  try {
    read_volume(text);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), text);
    EXPECT_NE(e.problem().find("unrecognised format"), std::string::npos);
  }
  EXPECT_THROW(read_volume(scratch.file("missing.nii")), InputError);
  EXPECT_THROW(list_series(scratch.file("missing")), InputError);
}

TEST(VolumeReader, ReadsDicomThroughTheSeriesReader) {
  const Volume ct = read_volume(testdata("dicom/CT_small.dcm"));
  EXPECT_EQ(ct.source_format, "dicom");
  EXPECT_EQ(ct.unit, IntensityUnit::Hounsfield);
  EXPECT_NEAR(mean_of(ct), -119.074, 0.001);
  const auto series = list_series(testdata("dicom/series/CT5N_contiguous"));
  ASSERT_EQ(series.size(), 1u);
  EXPECT_EQ(series[0].images, 5u);
  EXPECT_FALSE(series[0].uid.empty());
  const Volume picked = read_volume(testdata("dicom/series/CT5N_contiguous"), {series[0].uid, ""});
  EXPECT_EQ(picked.dims[2], 5);
}

TEST(VolumeReader, NiftiIsLabelledByItsValuesAndListedFromItsHeader) {
  ReadNotes notes;
  const Volume mr = read_volume(testdata("nifti/anatomical.nii"), {}, {}, &notes);
  EXPECT_EQ(mr.unit, IntensityUnit::Unknown);
  EXPECT_TRUE(testing::has_note_containing(notes, "unit unknown"));
  const auto series = list_series(testdata("nifti/example4d.nii.gz"));
  ASSERT_EQ(series.size(), 1u);
  EXPECT_EQ(series[0].images, 24u);
}

TEST(VolumeReader, OptionsThatDoNotApplyAreErrors) {
  EXPECT_THROW(read_volume(testdata("nifti/anatomical.nii"), {"1.2.3", ""}), InputError);
  EXPECT_THROW(read_volume(testdata("dicom/CT_small.dcm"), {"", "meta.csv"}), InputError);
}

TEST(VolumeReader, CtRateNiftiUsesTheMetadataCsvWhenGiven) {
  ScratchDir scratch;
  Volume raw;
  raw.allocate({4, 4, 3}, 1000.0f);
  const std::string nifti = scratch.file("valid_3_b_1.nii.gz");
  write_nifti(raw, nifti);
  ReadNotes plain_notes;
  read_volume(nifti, {}, {}, &plain_notes);
  EXPECT_TRUE(testing::has_note_containing(plain_notes, "CT-RATE"));

  const std::string csv = scratch.file("meta.csv");
  std::ofstream(csv) << "VolumeName,XYSpacing,ZSpacing,RescaleIntercept,RescaleSlope\n"
                        "valid_3_b_1.nii.gz,\"[0.6, 0.6]\",3,-1024,1\n";
  const Volume hu = read_volume(nifti, {"", csv});
  EXPECT_EQ(hu.source_format, "ct-rate");
  EXPECT_FLOAT_EQ(hu.voxels[0], -24.0f);
  EXPECT_DOUBLE_EQ(hu.spacing[2], 3.0);
}

TEST(VolumeReader, JpegStackFolderIsRecognised) {
  ScratchDir scratch;
  Volume ct;
  ct.allocate({16, 16, 3}, -1000.0f);
  write_jpeg_stack(ct, scratch.file("stack"));
  EXPECT_EQ(detect_volume_format(scratch.file("stack")), VolumeFormat::JpegStack);
  const Volume gray = read_volume(scratch.file("stack"));
  EXPECT_EQ(gray.unit, IntensityUnit::WindowedGray);
  EXPECT_EQ(list_series(scratch.file("stack"))[0].images, 3u);
}

}  // namespace
}  // namespace ctlite::core
