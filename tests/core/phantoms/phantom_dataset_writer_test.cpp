#include "core/phantoms/phantom_dataset_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/common/errors.h"
#include "core/dataset/ct_rate_labels.h"
#include "core/dataset/ct_rate_metadata.h"
#include "core/dataset/ct_rate_reports.h"
#include "core/dataset/ct_rate_volume_reader.h"
#include "core/io/volume_reader.h"
#include "core/phantoms/phantom_generator.h"

namespace ctlite::core {
namespace {

namespace fs = std::filesystem;

class PhantomDatasetWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(CTLITE_BINARY_DIR) / "test-output" /
            ("phantom_dataset_" +
             std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  static std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
  }

  fs::path root_;
};

TEST_F(PhantomDatasetWriterTest, WritesCtRateLayoutThatTheReadersLoad) {
  PhantomDatasetOptions options;
  options.count = 6;
  options.seed = 8;
  const fs::path out = root_ / "synth";
  const PhantomDatasetSummary summary = write_phantom_dataset(out.string(), options);
  EXPECT_EQ(summary.train_volumes + summary.valid_volumes, 6u);
  EXPECT_EQ(summary.valid_volumes, 1u);

  const fs::path dataset = out / "dataset";
  const auto plan = plan_phantom_dataset(options);
  ASSERT_EQ(plan.size(), 6u);
  const CtRateMetadata train_meta =
      CtRateMetadata::read_file((dataset / "metadata/train_metadata.csv").string());
  const CtRateMetadata valid_meta =
      CtRateMetadata::read_file((dataset / "metadata/validation_metadata.csv").string());
  const auto train_labels = read_ct_rate_labels(
      (dataset / "multi_abnormality_labels/train_predicted_labels.csv").string());
  const auto valid_labels = read_ct_rate_labels(
      (dataset / "multi_abnormality_labels/valid_predicted_labels.csv").string());
  const auto train_reports =
      read_ct_rate_reports((dataset / "radiology_text_reports/train_reports.csv").string());
  const auto valid_reports =
      read_ct_rate_reports((dataset / "radiology_text_reports/validation_reports.csv").string());
  EXPECT_EQ(train_labels.size() + valid_labels.size(), 6u);
  EXPECT_EQ(train_reports.size() + valid_reports.size(), 6u);

  for (const PlannedVolume& planned : plan) {
    const bool train = planned.name.split == "train";
    const fs::path file = dataset / planned.name.relative_path();
    ASSERT_TRUE(fs::exists(file)) << file;
    const CtRateMetadata& meta = train ? train_meta : valid_meta;
    const auto row = meta.find(planned.name.file_name());
    ASSERT_TRUE(row.has_value()) << planned.name.file_name();
    EXPECT_EQ(row->rescale_intercept, -1024.0);
    EXPECT_DOUBLE_EQ(row->z_spacing, planned.spec.acquisition.spacing[2]);

    // Through the CT-RATE reader (CSV spacing and rescale) the voxels are the phantom's HU.
    const Volume read = read_ct_rate_volume(file.string(), meta);
    const Phantom phantom = generate_phantom(planned.spec);
    ASSERT_EQ(read.dims, phantom.volume.dims);
    EXPECT_EQ(read.voxels, phantom.volume.voxels);
    EXPECT_NEAR(read.spacing[0], phantom.volume.spacing[0], 1e-6);
    // The generic reader recognises the file too (stored values, like real CT-RATE files).
    EXPECT_EQ(detect_volume_format(file.string()), VolumeFormat::Nifti);

    const auto& labels = train ? train_labels : valid_labels;
    const auto label_row = std::find_if(labels.begin(), labels.end(), [&](const CtRateLabels& l) {
      return l.volume_name == planned.name.file_name();
    });
    ASSERT_NE(label_row, labels.end());
    for (std::size_t f = 0; f < kFindingCount; ++f)
      EXPECT_EQ(label_row->present[f], planned.spec.findings[f].present);
    const auto& reports = train ? train_reports : valid_reports;
    const auto report = std::find_if(reports.begin(), reports.end(), [&](const CtRateReport& r) {
      return r.volume_name == planned.name.file_name();
    });
    ASSERT_NE(report, reports.end());
    EXPECT_EQ(report->findings, phantom.report.findings);
    EXPECT_EQ(report->impressions, phantom.report.impressions);
  }
}

TEST_F(PhantomDatasetWriterTest, SameOptionsGiveTheSameBytes) {
  PhantomDatasetOptions options;
  options.count = 4;
  options.seed = 12;
  write_phantom_dataset((root_ / "one").string(), options);
  options.threads = 1;
  write_phantom_dataset((root_ / "two").string(), options);
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root_ / "one")) {
    if (!entry.is_regular_file()) continue;
    const fs::path twin = root_ / "two" / fs::relative(entry.path(), root_ / "one");
    ASSERT_TRUE(fs::exists(twin)) << twin;
    EXPECT_EQ(read_bytes(entry.path()), read_bytes(twin)) << entry.path();
    ++files;
  }
  EXPECT_EQ(files, 4u + 6u);  // volumes + six CSV tables
}

TEST_F(PhantomDatasetWriterTest, PatientsNeverCrossSplits) {
  PhantomDatasetOptions options;
  options.count = 40;
  const auto plan = plan_phantom_dataset(options);
  std::set<std::uint64_t> train_seeds, valid_seeds;
  std::set<std::string> names;
  for (const PlannedVolume& v : plan) {
    (v.name.split == "train" ? train_seeds : valid_seeds).insert(v.spec.seed);
    EXPECT_TRUE(names.insert(v.name.file_name()).second) << "duplicate " << v.name.file_name();
  }
  EXPECT_EQ(plan.size(), 40u);
  EXPECT_FALSE(valid_seeds.empty());
  for (std::uint64_t seed : valid_seeds) EXPECT_EQ(train_seeds.count(seed), 0u);
}

TEST_F(PhantomDatasetWriterTest, AlsoWritesDicomAndJpegOfTheSameVolume) {
  PhantomDatasetOptions options;
  options.count = 1;
  options.dicom = true;
  options.jpeg = true;
  const fs::path out = root_ / "all";
  write_phantom_dataset(out.string(), options);
  const PlannedVolume planned = plan_phantom_dataset(options).front();
  const Phantom phantom = generate_phantom(planned.spec);
  const fs::path stem = fs::path(planned.name.relative_path()).parent_path() / "train_1_a_1";
  const Volume dicom = read_volume((out / "dicom" / stem).string());
  ASSERT_EQ(dicom.dims, phantom.volume.dims);
  EXPECT_EQ(dicom.voxels, phantom.volume.voxels);
  const Volume jpeg = read_volume((out / "jpeg" / stem).string());
  EXPECT_EQ(jpeg.dims, phantom.volume.dims);
  EXPECT_EQ(jpeg.unit, IntensityUnit::WindowedGray);
}

TEST_F(PhantomDatasetWriterTest, RefusesAnExistingFolderAndLeavesNothingOnBadOptions) {
  PhantomDatasetOptions options;
  options.count = 1;
  EXPECT_THROW(write_phantom_dataset(root_.string(), options), OutputError);
  options.count = 0;
  EXPECT_THROW(write_phantom_dataset((root_ / "none").string(), options), std::invalid_argument);
  EXPECT_FALSE(fs::exists(root_ / "none"));
  std::size_t leftovers = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(root_)) ++leftovers;
  EXPECT_EQ(leftovers, 0u);
}

}  // namespace
}  // namespace ctlite::core
