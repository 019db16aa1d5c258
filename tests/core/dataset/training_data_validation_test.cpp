// validate_training_data on tiny CT-RATE-layout folders written here (the `ctlite synth` layout
// with placeholder volume files: validation checks presence, never voxels), clean and broken.

#include "core/dataset/training_data_validation.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "core/dataset/ct_rate_naming.h"
#include "tests/common/scratch_dir.h"

namespace ctlite::core {
namespace {
namespace fs = std::filesystem;
using test_support::ScratchDir;

struct FixtureVolume {
  std::string name;       // CT-RATE name, e.g. train_1_a_1.nii.gz
  bool all_present;       // every finding 1, else every finding 0
  bool write_file = true;
  std::string patient_id; // metadata PatientID ("" = no such column)
};

void write_text(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

// A split's three tables and its volume files under `root` (the dataset folder).
void write_split(const fs::path& root, const std::string& split, const std::vector<FixtureVolume>& volumes) {
  const std::string long_name = split == "train" ? "train" : "validation";
  const bool ids = !volumes.empty() && !volumes.front().patient_id.empty();
  std::string reports = "VolumeName,ClinicalInformation_EN,Technique_EN,Findings_EN,Impressions_EN\n";
  std::string metadata = std::string("VolumeName,XYSpacing,ZSpacing,RescaleSlope,RescaleIntercept") +
                         (ids ? ",PatientID" : "") + "\n";
  std::string labels = "VolumeName";
  for (auto name : kAbnormalityNames) labels += ",\"" + std::string(name) + "\"";
  labels += "\n";
  for (const auto& v : volumes) {
    reports += v.name + ",Cough.,Non-contrast.,\"Lungs clear, no effusion.\",Normal.\n";
    metadata += v.name + ",\"[0.75, 0.75]\",1.5,1,-1024" + (ids ? "," + v.patient_id : "") + "\n";
    labels += v.name;
    for (std::size_t f = 0; f < kAbnormalityCount; ++f) labels += v.all_present ? ",1" : ",0";
    labels += "\n";
    if (v.write_file) write_text(ct_rate_volume_path(root.string(), *parse_ct_rate_name(v.name)), "placeholder");
  }
  write_text(root / "radiology_text_reports" / (long_name + "_reports.csv"), reports);
  write_text(root / "metadata" / (long_name + "_metadata.csv"), metadata);
  write_text(root / "multi_abnormality_labels" / (split + "_predicted_labels.csv"), labels);
}

const std::vector<FixtureVolume> kTrain = {{"train_1_a_1.nii.gz", true}, {"train_2_a_1.nii.gz", false}};
const std::vector<FixtureVolume> kValid = {{"valid_1_a_1.nii.gz", true}, {"valid_2_a_1.nii.gz", false}};

bool has_message(const TrainingDataValidation& v, ValidationSeverity severity, const std::string& path_part,
                 const std::string& problem_part) {
  for (const auto& m : v.messages)
    if (m.severity == severity && m.path.find(path_part) != std::string::npos &&
        m.problem.find(problem_part) != std::string::npos)
      return true;
  return false;
}

std::string all_messages(const TrainingDataValidation& v) {
  std::string text;
  for (const auto& m : v.messages) text += (m.severity == ValidationSeverity::Error ? "E " : "W ") + m.text() + "\n";
  return text;
}

TEST(TrainingDataValidation, CleanSynthLayoutHasCountsAndNoMessages) {
  ScratchDir scratch;
  const fs::path root = fs::path(scratch.path()) / "dataset";
  write_split(root, "train", kTrain);
  write_split(root, "valid", kValid);
  const auto v = validate_training_data(scratch.path());  // the parent of dataset/ is accepted
  EXPECT_TRUE(v.usable()) << all_messages(v);
  EXPECT_TRUE(v.messages.empty()) << all_messages(v);
  EXPECT_EQ(v.root, root.string());
  ASSERT_NE(v.split("train"), nullptr);
  EXPECT_EQ(v.split("train")->usable_volumes, 2u);
  EXPECT_EQ(v.split("train")->patients, 2u);
  EXPECT_EQ(v.split("train")->positives[2], 1u);
  EXPECT_EQ(v.split("valid")->listed_volumes, 2u);
  EXPECT_EQ(v.overlapping_patients, 0u);
}

TEST(TrainingDataValidation, MissingVolumeFileIsAnErrorNamingTheFile) {
  ScratchDir scratch;
  auto train = kTrain;
  train[1].write_file = false;
  write_split(scratch.path(), "train", train);
  write_split(scratch.path(), "valid", kValid);
  const auto v = validate_training_data(scratch.path());
  EXPECT_FALSE(v.usable());
  EXPECT_EQ(v.split("train")->missing_volume_files, 1u);
  EXPECT_EQ(v.split("train")->usable_volumes, 1u);
  EXPECT_TRUE(has_message(v, ValidationSeverity::Error, "train/train_2/train_2_a/train_2_a_1.nii.gz", "missing"))
      << all_messages(v);
}

TEST(TrainingDataValidation, ValidationTableListingATrainingPatientIsAnOverlapError) {
  ScratchDir scratch;
  write_split(scratch.path(), "train", kTrain);
  auto valid = kValid;
  valid.push_back({"train_1_a_2.nii.gz", false});  // patient train_1's second reconstruction
  write_split(scratch.path(), "valid", valid);
  const auto v = validate_training_data(scratch.path());
  EXPECT_FALSE(v.usable());
  EXPECT_EQ(v.overlapping_patients, 1u);
  EXPECT_TRUE(has_message(v, ValidationSeverity::Error, "validation_reports.csv", "both the train and the valid split"))
      << all_messages(v);
  EXPECT_TRUE(has_message(v, ValidationSeverity::Error, "train_1_a_2.nii.gz", "another split")) << all_messages(v);
}

TEST(TrainingDataValidation, SharedPatientIdAcrossSplitsIsAnOverlapError) {
  ScratchDir scratch;
  auto train = kTrain;
  auto valid = kValid;
  train[0].patient_id = "P-17";
  train[1].patient_id = "P-18";
  valid[0].patient_id = "P-17";  // the same person under another CT-RATE number
  valid[1].patient_id = "P-19";
  write_split(scratch.path(), "train", train);
  write_split(scratch.path(), "valid", valid);
  const auto v = validate_training_data(scratch.path());
  EXPECT_EQ(v.overlapping_patients, 1u) << all_messages(v);
  EXPECT_TRUE(has_message(v, ValidationSeverity::Error, "validation_reports.csv", "PatientID P-17")) << all_messages(v);
}

TEST(TrainingDataValidation, OneClassFindingIsAWarningNamingTheFinding) {
  ScratchDir scratch;
  auto valid = kValid;
  valid[1].all_present = true;  // no negative case for any finding in valid
  write_split(scratch.path(), "train", kTrain);
  write_split(scratch.path(), "valid", valid);
  const auto v = validate_training_data(scratch.path());
  EXPECT_TRUE(v.usable()) << all_messages(v);
  EXPECT_EQ(v.warning_count(), 1u) << all_messages(v);
  EXPECT_TRUE(has_message(v, ValidationSeverity::Warning, "valid_predicted_labels.csv",
                          "no negative case in the valid split for Medical material"))
      << all_messages(v);
}

TEST(TrainingDataValidation, MissingTablesAndSplitsAreReportedByName) {
  ScratchDir scratch;
  write_split(scratch.path(), "train", kTrain);
  auto only_train = validate_training_data(scratch.path());
  EXPECT_TRUE(only_train.usable()) << all_messages(only_train);
  EXPECT_TRUE(has_message(only_train, ValidationSeverity::Warning, scratch.path(), "no validation split"));

  fs::remove(fs::path(scratch.path()) / "metadata" / "train_metadata.csv");
  const auto no_metadata = validate_training_data(scratch.path());
  EXPECT_FALSE(no_metadata.usable());
  EXPECT_TRUE(has_message(no_metadata, ValidationSeverity::Error, "metadata/train_metadata.csv", "missing"));

  const auto nothing = validate_training_data(scratch.file("no-such-folder"));
  EXPECT_FALSE(nothing.usable());
  EXPECT_TRUE(has_message(nothing, ValidationSeverity::Error, "no-such-folder", "not a folder"));
}

TEST(TrainingDataValidation, CorruptLabelsAndStrayFilesAreReported) {
  ScratchDir scratch;
  write_split(scratch.path(), "train", kTrain);
  write_split(scratch.path(), "valid", kValid);
  write_text(fs::path(scratch.path()) / "train/train_9/train_9_a/train_9_a_1.nii.gz", "stray");
  const auto stray = validate_training_data(scratch.path());
  EXPECT_TRUE(stray.usable());
  EXPECT_EQ(stray.split("train")->unreported_files, 1u);
  EXPECT_TRUE(has_message(stray, ValidationSeverity::Warning, "train_9_a_1.nii.gz", "no report lists"));

  const fs::path labels = fs::path(scratch.path()) / "multi_abnormality_labels" / "valid_predicted_labels.csv";
  std::ifstream in(labels);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  text.replace(text.rfind(",0"), 2, ",2");
  write_text(labels, text);
  const auto corrupt = validate_training_data(scratch.path());
  EXPECT_FALSE(corrupt.usable());
  EXPECT_TRUE(has_message(corrupt, ValidationSeverity::Error, "valid_predicted_labels.csv", "expected 0 or 1"))
      << all_messages(corrupt);
}

}  // namespace
}  // namespace ctlite::core
