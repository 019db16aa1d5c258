// The DICOM reader on the real reference files of shared/testdata/dicom (see its README).

#include "core/io/dicom_series_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <numeric>

#include "core/common/errors.h"
#include "tests/core/io/dicom_test_support.h"

namespace ctlite::core {
namespace {

using dicom_test::dicom_data;
using dicom_test::expect_input_error;
using testing::ScratchDir;
namespace fs = std::filesystem;

double mean_of(const Volume& volume) {
  return std::accumulate(volume.voxels.begin(), volume.voxels.end(), 0.0) /
         static_cast<double>(volume.voxels.size());
}

TEST(DicomSeriesReader, AllEightEncodingsOfMrSmallDecodeToTheSameArray) {
  const Volume reference = read_dicom_series(dicom_data("encodings/MR_small.dcm"));
  ASSERT_EQ(reference.dims, (std::array<std::int64_t, 3>{64, 64, 1}));
  const auto [low, high] = std::minmax_element(reference.voxels.begin(), reference.voxels.end());
  EXPECT_EQ(*low, 127.0f);
  EXPECT_EQ(*high, 2145.0f);
  EXPECT_EQ(reference.unit, IntensityUnit::Unknown);  // MR: no Hounsfield calibration
  EXPECT_EQ(reference.metadata.modality, "MR");

  for (const char* name : {"MR_small_bigendian.dcm", "MR_small_expb.dcm", "MR_small_implicit.dcm",
                           "MR_small_padded.dcm", "MR_small_RLE.dcm",
                           "MR_small_jpeg_ls_lossless.dcm", "MR_small_jp2klossless.dcm"}) {
    SCOPED_TRACE(name);
    const Volume volume = read_dicom_series(dicom_data(std::string("encodings/") + name));
    ASSERT_EQ(volume.dims, reference.dims);
    EXPECT_EQ(volume.voxels, reference.voxels);
    EXPECT_EQ(volume.origin, reference.origin);
    EXPECT_EQ(volume.spacing, reference.spacing);
  }
}

TEST(DicomSeriesReader, CtSmallHasTheReferenceMeanHounsfieldValue) {
  const Volume volume = read_dicom_series(dicom_data("CT_small.dcm"));
  ASSERT_EQ(volume.dims, (std::array<std::int64_t, 3>{128, 128, 1}));
  EXPECT_EQ(volume.unit, IntensityUnit::Hounsfield);
  EXPECT_NEAR(mean_of(volume), -119.074, 0.001);
  EXPECT_EQ(volume.metadata.modality, "CT");
  EXPECT_EQ(volume.source_format, "dicom");
  ASSERT_EQ(volume.metadata.sop_instance_uids.size(), 1u);
  EXPECT_FALSE(volume.metadata.sop_instance_uids.front().empty());
}

TEST(DicomSeriesReader, ContiguousSeriesIsOrderedAlongTheSliceNormal) {
  const std::string folder = dicom_data("series/CT5N_contiguous");
  const Volume volume = read_dicom_series(folder);
  ASSERT_EQ(volume.dims, (std::array<std::int64_t, 3>{16, 16, 5}));
  EXPECT_NEAR(volume.spacing[0], 0.488281, 1e-9);
  EXPECT_NEAR(volume.spacing[1], 0.488281, 1e-9);
  EXPECT_NEAR(volume.spacing[2], 2.5, 1e-9);
  // Instance 10 lies lowest (z = -1.2375) and becomes slice 0; z grows with the slice index.
  EXPECT_NEAR(volume.origin[0], -72.199997, 1e-9);
  EXPECT_NEAR(volume.origin[1], -143.0, 1e-9);
  EXPECT_NEAR(volume.origin[2], -1.2375, 1e-9);
  EXPECT_EQ(volume.direction, (std::array<double, 9>{1, 0, 0, 0, 1, 0, 0, 0, 1}));
  EXPECT_EQ(volume.unit, IntensityUnit::Hounsfield);

  // Each slice holds the pixels of the file at its position, in ascending z.
  const std::vector<std::string> ascending_z{"3353", "3023", "2693", "2392", "2062"};
  ASSERT_EQ(volume.metadata.sop_instance_uids.size(), 5u);
  const std::size_t slice_size = std::size_t{16} * 16;
  for (std::size_t z = 0; z < ascending_z.size(); ++z) {
    const Volume slice = read_dicom_series(folder + "/" + ascending_z[z]);
    ASSERT_EQ(slice.voxels.size(), slice_size);
    EXPECT_TRUE(std::equal(slice.voxels.begin(), slice.voxels.end(),
                           volume.voxels.begin() + static_cast<std::ptrdiff_t>(z * slice_size)))
        << "slice " << z;
    EXPECT_EQ(volume.metadata.sop_instance_uids[z], slice.metadata.sop_instance_uids.front());
    EXPECT_NEAR(slice.origin[2], volume.index_to_physical({0, 0, static_cast<double>(z)})[2], 1e-9);
  }
}

TEST(DicomSeriesReader, SingleFileOfASeriesIsOneSliceWithItsThickness) {
  const Volume volume = read_dicom_series(dicom_data("series/CT5N_contiguous/2062"));
  EXPECT_EQ(volume.dims, (std::array<std::int64_t, 3>{16, 16, 1}));
  EXPECT_NEAR(volume.spacing[2], 2.5, 1e-9);
  EXPECT_NEAR(volume.origin[2], 8.7625, 1e-9);
}

TEST(DicomSeriesReader, SeriesWithAGapIsRejectedNamingTheGap) {
  const std::string folder = dicom_data("series/CT2_gap");
  const InputError error = expect_input_error([&] { read_dicom_series(folder); });
  EXPECT_EQ(error.path(), folder);
  EXPECT_NE(error.problem().find("unevenly spaced"), std::string::npos) << error.what();
  EXPECT_NE(error.problem().find("17106"), std::string::npos) << error.what();
  EXPECT_NE(error.problem().find("17136"), std::string::npos) << error.what();
}

TEST(DicomSeriesReader, SeriesWithAGapCanBeResampledOnRequestWithAWarning) {
  const std::string folder = dicom_data("series/CT2_gap");
  DicomReadOptions options;
  options.resample_uneven_spacing = true;
  const DicomReadResult result = read_dicom_series_with_warnings(folder, "", options);
  const Volume& volume = result.volume;
  ASSERT_FALSE(result.warnings.empty());
  EXPECT_NE(result.warnings.front().find("resampled"), std::string::npos);
  // z runs from -99.48 to 105.52 (205 mm) in the usual 1.25 mm steps: 165 slices.
  ASSERT_EQ(volume.dims, (std::array<std::int64_t, 3>{16, 16, 165}));
  EXPECT_NEAR(volume.spacing[2], 1.25, 1e-6);
  EXPECT_NEAR(volume.origin[2], -99.480003, 1e-6);

  const Volume first = read_dicom_series(folder + "/17106");
  const Volume last = read_dicom_series(folder + "/17196");
  const std::size_t slice_size = std::size_t{16} * 16;
  EXPECT_TRUE(std::equal(first.voxels.begin(), first.voxels.end(), volume.voxels.begin()));
  EXPECT_TRUE(std::equal(last.voxels.begin(), last.voxels.end(),
                         volume.voxels.end() - static_cast<std::ptrdiff_t>(slice_size)));
  // Halfway across the gap (slice 81 at z = 1.77) the values are the mean of both sides.
  const Volume above_gap = read_dicom_series(folder + "/17136");
  const double weight = (-99.480003 + 81 * 1.25 - -99.480003) / (103.019997 - -99.480003);
  for (std::size_t i = 0; i < slice_size; i += 37) {
    const double expected = first.voxels[i] + weight * (above_gap.voxels[i] - first.voxels[i]);
    EXPECT_NEAR(volume.voxels[81 * slice_size + i], expected, 1e-2) << "pixel " << i;
  }
}

TEST(DicomSeriesReader, MixedOrientationsAreRejected) {
  const std::string folder = dicom_data("series/CT2N_mixed_orientation");
  const InputError error = expect_input_error([&] { read_dicom_series(folder); });
  EXPECT_EQ(error.path(), folder);
  EXPECT_NE(error.problem().find("different orientations"), std::string::npos) << error.what();
}

TEST(DicomSeriesReader, EveryMalformedFileIsRejectedNamingItOrReadCleanly) {
  std::size_t rejected = 0;
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dicom_data("malformed"))) {
    ++files;
    const std::string path = entry.path().string();
    SCOPED_TRACE(path);
    try {
      const Volume volume = read_dicom_series(path);
      EXPECT_EQ(volume.voxels.size(), volume.voxel_count());
      EXPECT_GT(volume.voxel_count(), 0u);
    } catch (const InputError& error) {
      ++rejected;
      EXPECT_NE(std::string(error.what()).find(entry.path().filename().string()), std::string::npos)
          << error.what();
      EXPECT_FALSE(error.problem().empty());
    }
  }
  EXPECT_EQ(files, 7u);
  EXPECT_GE(rejected, 4u);  // at least truncation, missing meta, bad VR and junk must fail
}

TEST(DicomSeriesReader, KnownMalformedFilesFailForTheirActualReason) {
  const auto problem = [](const std::string& name) {
    return expect_input_error([&] { read_dicom_series(dicom_data("malformed/" + name)); })
        .problem();
  };
  EXPECT_NE(problem("MR_truncated.dcm").find("truncated"), std::string::npos);
  EXPECT_NE(problem("badVR.dcm").find("NumberOfFrames (0028,0008) value '1A'"), std::string::npos);
  EXPECT_NE(problem("UN_sequence.dcm").find("no image"), std::string::npos);
}

TEST(DicomSeriesReader, ScanningTheMalformedFolderListsProblemsInsteadOfThrowing) {
  // Headers only: files whose damage lies in the pixel data (truncation, a bad JPEG 2000
  // stream) still scan as series and fail when read.
  std::vector<DicomFileProblem> problems;
  const auto series = scan_dicom_series(dicom_data("malformed"), problems);
  std::vector<std::string> names;
  for (const DicomFileProblem& problem : problems) {
    names.push_back(fs::path(problem.path).filename().string());
    EXPECT_FALSE(problem.reason.empty());
  }
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"badVR.dcm", "no_meta.dcm"}));
  EXPECT_EQ(series.size(), 2u);
}

class DicomFolderWithTwoSeries : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy(dicom_data("series/CT5N_contiguous"), fs::path(scratch_.path()) / "a");
    fs::create_directories(fs::path(scratch_.path()) / "b");
    fs::copy(dicom_data("series/CT2_gap"), fs::path(scratch_.path()) / "b" / "nested");
  }
  ScratchDir scratch_;
  const std::string contiguous_uid_ = "1.3.6.1.4.1.5962.1.1.0.0.0.1194734704.16302.0.6";
  const std::string gap_uid_ = "1.3.6.1.4.1.5962.1.1.0.0.0.1196530851.28319.0.2";
};

TEST_F(DicomFolderWithTwoSeries, ScanFindsBothSeriesRecursively) {
  std::vector<DicomFileProblem> problems;
  const auto series = scan_dicom_series(scratch_.path(), problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(series.size(), 2u);
  std::vector<std::size_t> counts;
  for (const DicomSeriesInfo& info : series) {
    counts.push_back(info.image_count);
    EXPECT_EQ(info.files.size(), info.image_count);
    EXPECT_EQ(info.rows, 16);
    EXPECT_EQ(info.columns, 16);
    EXPECT_EQ(info.modality, "CT");
    EXPECT_FALSE(info.study_instance_uid.empty());
  }
  std::sort(counts.begin(), counts.end());
  EXPECT_EQ(counts, (std::vector<std::size_t>{4, 5}));
}

TEST_F(DicomFolderWithTwoSeries, ReadingWithoutAUidListsBothSeries) {
  const InputError error = expect_input_error([&] { read_dicom_series(scratch_.path()); });
  EXPECT_NE(error.problem().find(contiguous_uid_), std::string::npos) << error.what();
  EXPECT_NE(error.problem().find(gap_uid_), std::string::npos) << error.what();
  EXPECT_NE(error.problem().find("5 images"), std::string::npos) << error.what();
  EXPECT_NE(error.problem().find("4 images"), std::string::npos) << error.what();
}

TEST_F(DicomFolderWithTwoSeries, ReadingByUidPicksThatSeries) {
  const Volume volume = read_dicom_series(scratch_.path(), contiguous_uid_);
  EXPECT_EQ(volume.dims[2], 5);
  EXPECT_EQ(volume.metadata.series_instance_uid, contiguous_uid_);
  const InputError error =
      expect_input_error([&] { read_dicom_series(scratch_.path(), "1.2.3.4"); });
  EXPECT_NE(error.problem().find("1.2.3.4"), std::string::npos);
}

TEST_F(DicomFolderWithTwoSeries, OtherFilesAreSkippedAndBrokenDicomIsReported) {
  std::ofstream(fs::path(scratch_.path()) / "a" / "README.txt") << "not an image\n";
  std::ofstream(fs::path(scratch_.path()) / "a" / "thumbnail.png") << "\x89PNG\r\n\x1a\n....";
  // A truncated copy of a slice: DICOM-looking but broken.
  const fs::path broken = fs::path(scratch_.path()) / "broken.dcm";
  fs::copy_file(dicom_data("series/CT5N_contiguous/2062"), broken);
  fs::resize_file(broken, 600);
  std::vector<DicomFileProblem> problems;
  const auto series = scan_dicom_series(scratch_.path(), problems);
  EXPECT_EQ(series.size(), 2u);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems.front().path, broken.string());

  const DicomReadResult result =
      read_dicom_series_with_warnings(scratch_.path(), contiguous_uid_, {});
  EXPECT_EQ(result.volume.dims[2], 5);
  ASSERT_EQ(result.warnings.size(), 1u);
  EXPECT_NE(result.warnings.front().find("broken.dcm"), std::string::npos);
}

TEST(DicomSeriesReader, MissingPathAndEmptyFolderAreInputErrors) {
  ScratchDir scratch;
  EXPECT_THROW(read_dicom_series(scratch.file("does-not-exist")), InputError);
  const InputError error = expect_input_error([&] { read_dicom_series(scratch.path()); });
  EXPECT_NE(error.problem().find("no DICOM image series"), std::string::npos);
}

TEST(DicomSeriesReader, NonImageDicomIsNotAVolume) {
  const InputError error =
      expect_input_error([&] { read_dicom_series(dicom_data("sr/test-SR.dcm")); });
  EXPECT_NE(error.problem().find("no image"), std::string::npos) << error.what();
}

TEST(DicomSeriesReader, CancellingStopsTheRead) {
  ctlite::Progress progress;
  progress.cancel();
  EXPECT_THROW(read_dicom_series(dicom_data("series/CT5N_contiguous"), "", progress),
               ctlite::OperationCancelled);
}

TEST(DicomSeriesReader, ProgressReachesOneForScanAndLoad) {
  double scan = 0.0;
  double load = 0.0;
  ctlite::Progress progress([&](const ctlite::ProgressEvent& event) {
    (event.stage == "scan" ? scan : load) = event.fraction;
  });
  read_dicom_series(dicom_data("series/CT5N_contiguous"), "", progress);
  EXPECT_EQ(scan, 1.0);
  EXPECT_EQ(load, 1.0);
}

}  // namespace
}  // namespace ctlite::core
