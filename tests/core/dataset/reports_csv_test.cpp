// The reports-CSV and paired layouts (reports_csv.h): reading, validation and opening as the one
// TrainingDataset, on tiny CSVs written here. Placeholders stand for volumes where only presence
// is checked; one real NIfTI and JPEG stack check that a case opens and reads.

#include "core/dataset/reports_csv.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/common/errors.h"
#include "core/dataset/training_data_validation.h"
#include "core/dataset/training_dataset.h"
#include "core/io/jpeg_stack_writer.h"
#include "core/io/nifti_writer.h"
#include "tests/common/scratch_dir.h"

namespace ctlite::core {
namespace {
namespace fs = std::filesystem;
using test_support::ScratchDir;

void write_text(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

std::string label_header() {
  std::string text;
  for (auto name : kAbnormalityNames) text += ",\"" + std::string(name) + "\"";
  return text;
}

std::string labels(bool present) {
  std::string text;
  for (std::size_t f = 0; f < kAbnormalityCount; ++f) text += present ? ",1" : ",0";
  return text;
}

// Placeholder volume files a.nii.gz, b.nii.gz, c.nii.gz under scratch/volumes.
fs::path with_volumes(const ScratchDir& scratch) {
  const fs::path folder = fs::path(scratch.path()) / "volumes";
  for (const char* name : {"a.nii.gz", "b.nii.gz", "c.nii.gz"}) write_text(folder / name, "placeholder");
  return fs::path(scratch.path()) / "reports.csv";
}

bool has_message(const std::vector<ValidationMessage>& messages, ValidationSeverity severity,
                 const std::string& path_part, const std::string& problem_part) {
  for (const auto& m : messages)
    if (m.severity == severity && m.path.find(path_part) != std::string::npos &&
        m.problem.find(problem_part) != std::string::npos)
      return true;
  return false;
}

std::string all_messages(const std::vector<ValidationMessage>& messages) {
  std::string text;
  for (const auto& m : messages) text += (m.severity == ValidationSeverity::Error ? "E " : "W ") + m.text() + "\n";
  return text;
}

TEST(ReportsCsv, CleanCsvWithLabelsValidatesWithCountsAndPrevalence) {
  ScratchDir scratch;
  const fs::path csv = with_volumes(scratch);
  write_text(csv, "volume,report,split,patient" + label_header() + "\n" +
                      "volumes/a.nii.gz,\"Pleural effusion.\nCardiomegaly.\",train,P1" + labels(true) + "\n" +
                      "volumes/b.nii.gz,Normal chest.,train,P2" + labels(false) + "\n" +
                      "volumes/c.nii.gz,Normal chest.,valid,P3" + labels(false) + "\n");
  const auto v = validate_training_data(scratch.path());  // the folder holding reports.csv
  EXPECT_EQ(v.layout, TrainingDataLayout::ReportsCsv);
  EXPECT_TRUE(v.usable()) << all_messages(v.messages);
  ASSERT_NE(v.split("train"), nullptr);
  EXPECT_EQ(v.split("train")->usable_volumes, 2u);
  EXPECT_EQ(v.split("train")->patients, 2u);
  EXPECT_EQ(v.split("train")->positives[12], 1u);
  EXPECT_EQ(v.split("valid")->listed_volumes, 1u);
  // valid holds one all-negative case: every finding lacks a positive there.
  EXPECT_TRUE(has_message(v.messages, ValidationSeverity::Warning, csv.string(), "no positive case in the valid split"))
      << all_messages(v.messages);
}

TEST(ReportsCsv, WithoutLabelColumnsTheRuleBasedLabelerDerivesThemAndSaysSo) {
  ScratchDir scratch;
  const fs::path csv = with_volumes(scratch);
  write_text(csv, "volume,report,split\n"
                  "volumes/a.nii.gz,There is a right pleural effusion.,train\n"
                  "volumes/b.nii.gz,No pleural effusion. Lungs are clear.,train\n");
  const auto v = validate_training_data(csv.string());
  EXPECT_TRUE(v.usable()) << all_messages(v.messages);
  EXPECT_TRUE(has_message(v.messages, ValidationSeverity::Warning, csv.string(), "derived from the reports"));
  EXPECT_TRUE(has_message(v.messages, ValidationSeverity::Warning, csv.string(), "no 'patient' column"));
  EXPECT_EQ(v.split("train")->positives[12], 1u);  // Pleural effusion, from the first report only

  const auto dataset = open_training_dataset(csv.string(), "train", *make_report_sentence_filter("none"));
  EXPECT_TRUE(dataset.labels_from_reports);
  ASSERT_EQ(dataset.records.size(), 2u);
  EXPECT_EQ(dataset.records[0].labels[12], 1.0f);
  EXPECT_EQ(dataset.records[1].labels[12], 0.0f);
  EXPECT_EQ(dataset.records[0].volume_path, (fs::path(scratch.path()) / "volumes" / "a.nii.gz").string());
}

TEST(ReportsCsv, RowProblemsNameTheCsvRowAndColumnOrTheMissingFile) {
  ScratchDir scratch;
  const fs::path csv = with_volumes(scratch);
  write_text(csv, "volume,report,split,patient" + label_header() + "\n" +
                      "volumes/a.nii.gz,x,train,P1" + labels(true) + "\n" +
                      "volumes/gone.nii.gz,x,train,P2" + labels(false) + "\n" +
                      "volumes/b.nii.gz,x,test,P3" + labels(false) + "\n" +
                      "volumes/a.nii.gz,x,train,P1" + labels(false) + "\n" +
                      "volumes/c.nii.gz,x,train,P4" + labels(false).replace(1, 1, "yes") + "\n");
  std::vector<ValidationMessage> problems;
  const ReportsCsv table = read_reports_csv(csv.string(), problems);
  ASSERT_EQ(table.rows.size(), 5u) << all_messages(problems);
  EXPECT_TRUE(table.rows[0].usable);
  for (std::size_t i = 1; i < 5; ++i) EXPECT_FALSE(table.rows[i].usable) << i;
  EXPECT_TRUE(table.rows[1].missing_files);
  EXPECT_TRUE(has_message(problems, ValidationSeverity::Error, "volumes/gone.nii.gz", "(row 2) but missing"));
  EXPECT_TRUE(has_message(problems, ValidationSeverity::Error, csv.string(), "row 3: split must be train or valid, got 'test'"));
  EXPECT_TRUE(has_message(problems, ValidationSeverity::Error, csv.string(), "row 4: volume 'volumes/a.nii.gz' is listed twice"));
  EXPECT_TRUE(has_message(problems, ValidationSeverity::Error, csv.string(), "row 5: 'Medical material' must be 0 or 1, got 'yes'"))
      << all_messages(problems);

  const auto v = validate_training_data(csv.string());
  EXPECT_FALSE(v.usable());
  EXPECT_EQ(v.split("train")->listed_volumes, 4u);  // the 'test' row belongs to no split
  EXPECT_EQ(v.split("train")->usable_volumes, 1u);
  EXPECT_EQ(v.split("train")->missing_volume_files, 1u);

  try {
    open_training_dataset(csv.string(), "train", *make_report_sentence_filter("none"));
    FAIL() << "a CSV with errors opened";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("gone.nii.gz"), std::string::npos) << e.what();
  }
}

TEST(ReportsCsv, BadHeadersAndUnparsableCsvAreOneErrorNamingTheCsv) {
  ScratchDir scratch;
  const fs::path csv = with_volumes(scratch);
  write_text(csv, "file,text\nvolumes/a.nii.gz,x\n");
  std::vector<ValidationMessage> problems;
  read_reports_csv(csv.string(), problems);
  EXPECT_TRUE(has_message(problems, ValidationSeverity::Error, csv.string(), "needs the columns 'volume' and 'report' (found: file, text)"))
      << all_messages(problems);

  problems.clear();
  write_text(csv, "volume,report,Cardiomegaly\nvolumes/a.nii.gz,x,1\n");
  read_reports_csv(csv.string(), problems);
  EXPECT_TRUE(has_message(problems, ValidationSeverity::Error, csv.string(), "has 1 of the 18 finding columns; missing: Medical material"))
      << all_messages(problems);

  problems.clear();
  write_text(csv, "volume,report\n\"volumes/a.nii.gz,x\n");
  read_reports_csv(csv.string(), problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].path, csv.string());

  const auto v = validate_training_data(csv.string());
  EXPECT_FALSE(v.usable());
}

TEST(ReportsCsv, PatientInBothSplitsIsAnOverlapError) {
  ScratchDir scratch;
  const fs::path csv = with_volumes(scratch);
  write_text(csv, "volume,report,split,patient\n"
                  "volumes/a.nii.gz,x,train,P1\nvolumes/b.nii.gz,x,train,P2\nvolumes/c.nii.gz,x,valid,P1\n");
  const auto v = validate_training_data(csv.string());
  EXPECT_FALSE(v.usable());
  EXPECT_EQ(v.overlapping_patients, 1u);
  EXPECT_TRUE(has_message(v.messages, ValidationSeverity::Error, csv.string(), "1 patients are in both the train and the valid split (P1)"))
      << all_messages(v.messages);
}

TEST(ReportsCsv, PairedLayoutNeedsAJpegStackPerCase) {
  ScratchDir scratch;
  const fs::path csv = with_volumes(scratch);
  write_text(fs::path(scratch.path()) / "stacks" / "a" / "0001.jpg", "placeholder");
  fs::create_directories(fs::path(scratch.path()) / "stacks" / "empty");
  write_text(csv, "volume,compressed,report\n"
                  "volumes/a.nii.gz,stacks/a,x\n"
                  "volumes/b.nii.gz,stacks/empty,x\n"
                  "volumes/c.nii.gz,,x\n");
  std::vector<ValidationMessage> problems;
  const ReportsCsv table = read_reports_csv(csv.string(), problems);
  EXPECT_TRUE(table.paired);
  ASSERT_EQ(table.rows.size(), 3u) << all_messages(problems);
  EXPECT_TRUE(table.rows[0].usable);
  EXPECT_FALSE(table.rows[1].usable);
  EXPECT_FALSE(table.rows[2].usable);
  EXPECT_EQ(table.rows[0].compressed_path, (fs::path(scratch.path()) / "stacks" / "a").string());
  EXPECT_TRUE(has_message(problems, ValidationSeverity::Error, "stacks/empty", "holds no JPEG slices"));
  EXPECT_TRUE(has_message(problems, ValidationSeverity::Error, csv.string(), "row 3: empty 'compressed'"));
}

TEST(ReportsCsv, PairedCaseOpensAndReadsBothSeries) {
  ScratchDir scratch;
  Volume volume;
  volume.dims = {4, 4, 3};
  volume.voxels.assign(volume.voxel_count(), -1000.0f);  // air outside: read back as Hounsfield
  for (std::size_t i = volume.voxel_count() / 2; i < volume.voxel_count(); ++i) volume.voxels[i] = 40.0f;
  const fs::path folder(scratch.path());
  write_nifti(volume, (folder / "a.nii.gz").string());
  write_jpeg_stack(volume, (folder / "a-jpeg").string());
  write_text(folder / "pairs.csv", "volume,compressed,report,split\na.nii.gz,a-jpeg,Cardiomegaly.,valid\n");

  const auto dataset = open_training_dataset((folder / "pairs.csv").string(), "valid", *make_report_sentence_filter("none"));
  EXPECT_EQ(dataset.layout, TrainingDataLayout::Paired);
  ASSERT_EQ(dataset.records.size(), 1u);
  const Volume uncompressed = read_training_volume(dataset, dataset.records[0]);
  EXPECT_EQ(uncompressed.unit, IntensityUnit::Hounsfield);
  EXPECT_EQ(uncompressed.dims, volume.dims);
  const Volume compressed = read_training_compressed(dataset.records[0]);
  EXPECT_EQ(compressed.unit, IntensityUnit::WindowedGray);
  EXPECT_EQ(compressed.dims, volume.dims);

  try {
    open_training_dataset((folder / "pairs.csv").string(), "train", *make_report_sentence_filter("none"));
    FAIL() << "an empty split opened";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("no volumes in the train split"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace ctlite::core
