#include <gtest/gtest.h>

#include <fstream>
#include <stdexcept>

#include "../io/io_test_support.h"
#include "core/common/errors.h"
#include "core/dataset/ct_rate_labels.h"
#include "core/dataset/ct_rate_metadata.h"
#include "core/dataset/ct_rate_reports.h"

namespace ctlite::core {
namespace {

using testing::ScratchDir;

std::string write_text(const ScratchDir& scratch, const std::string& name,
                       const std::string& text) {
  std::ofstream(scratch.file(name), std::ios::binary) << text;
  return scratch.file(name);
}

TEST(CtRateMetadata, ParsesSpacingAndRescaleOfTheNamedRow) {
  ScratchDir scratch;
  const std::string path =
      write_text(scratch, "meta.csv",
                 "VolumeName,Manufacturer,XYSpacing,ZSpacing,RescaleIntercept,RescaleSlope\n"
                 "train_1_a_1.nii.gz,SIEMENS,\"[0.7, 0.8]\",1.5,-1024,1\n"
                 "train_2_a_1.nii.gz,GE,\"[0.625,0.625]\",2,-1024.0,1.0\n"
                 "train_3_a_1.nii.gz,GE,\"[x, 1]\",2,-1024,1\n");
  const CtRateMetadata metadata = CtRateMetadata::read_file(path);
  EXPECT_EQ(metadata.size(), 3u);
  const auto row = metadata.find("/somewhere/train_1_a_1.nii.gz");
  ASSERT_TRUE(row.has_value());
  EXPECT_EQ(row->xy_spacing, (std::array<double, 2>{0.7, 0.8}));
  EXPECT_DOUBLE_EQ(row->z_spacing, 1.5);
  EXPECT_DOUBLE_EQ(row->rescale_intercept, -1024.0);
  EXPECT_EQ(row->fields.at("Manufacturer"), "SIEMENS");
  EXPECT_DOUBLE_EQ(metadata.find("train_2_a_1.nii.gz")->xy_spacing[1], 0.625);
  EXPECT_FALSE(metadata.find("train_9_a_1.nii.gz").has_value());
  try {
    metadata.find("train_3_a_1.nii.gz");
    FAIL() << "malformed XYSpacing accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), path);
    EXPECT_NE(e.problem().find("XYSpacing"), std::string::npos);
  }
}

TEST(CtRateMetadata, MissingColumnIsNamed) {
  ScratchDir scratch;
  const std::string path = write_text(scratch, "meta.csv", "VolumeName,XYSpacing,ZSpacing\n");
  try {
    CtRateMetadata::read_file(path);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(e.problem().find("RescaleSlope"), std::string::npos) << e.what();
  }
}

TEST(CtRateMetadata, CtClipSpacingQuirkMatchesProperParseOnlyForWellFormedText) {
  EXPECT_DOUBLE_EQ(ct_clip_xy_spacing("[0.75, 0.75]"), 0.75);
  EXPECT_DOUBLE_EQ(ct_clip_xy_spacing("[0.625,0.625]"), 0.625);
  // Well-formed "[a, b]" gives a: the slice only damages b, which CT-CLIP never uses. Without
  // brackets the slice eats the first character: "0.75, 0.8" -> ".75" (the same value by luck)
  // and a lone number loses digits: "0.625" -> ".6".
  EXPECT_DOUBLE_EQ(ct_clip_xy_spacing("0.75, 0.8"), 0.75);
  EXPECT_DOUBLE_EQ(ct_clip_xy_spacing("0.625"), 0.6);
  EXPECT_EQ(parse_xy_spacing("0.625"), (std::array<double, 2>{0.625, 0.625}));
  EXPECT_THROW(parse_xy_spacing("[1, 2, 3]"), std::invalid_argument);
  EXPECT_THROW(parse_xy_spacing("[0, 1]"), std::invalid_argument);
  EXPECT_THROW(ct_clip_xy_spacing("[]"), std::invalid_argument);
}

TEST(CtRateReports, ReadsTheFourEnglishSections) {
  ScratchDir scratch;
  const std::string path = write_text(
      scratch, "reports.csv",
      "VolumeName,ClinicalInformation_EN,Technique_EN,Findings_EN,Impressions_EN\n"
      "valid_1_a_1.nii.gz,Cough.,\"Non-contrast, 1.5 mm.\",\"Line one.\nLine two.\",Normal.\n");
  const auto reports = read_ct_rate_reports(path);
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].volume_name, "valid_1_a_1.nii.gz");
  EXPECT_EQ(reports[0].clinical_information, "Cough.");
  EXPECT_EQ(reports[0].technique, "Non-contrast, 1.5 mm.");
  EXPECT_EQ(reports[0].findings, "Line one.\nLine two.");
  EXPECT_EQ(reports[0].impressions, "Normal.");
  const std::string missing = write_text(scratch, "bad.csv", "VolumeName,Findings_EN\n");
  EXPECT_THROW(read_ct_rate_reports(missing), InputError);
}

std::string label_header() {
  std::string header = "VolumeName";
  for (auto name : kAbnormalityNames) header += "," + std::string(name);
  return header + "\n";
}

TEST(CtRateLabels, ReadsTheEighteenColumnsByName) {
  ScratchDir scratch;
  std::string row = "valid_1_a_1.nii.gz";
  for (std::size_t i = 0; i < kAbnormalityCount; ++i) row += i % 3 == 0 ? ",1" : ",0.0";
  const std::string path = write_text(scratch, "labels.csv", label_header() + row + "\n");
  const auto labels = read_ct_rate_labels(path);
  ASSERT_EQ(labels.size(), 1u);
  for (std::size_t i = 0; i < kAbnormalityCount; ++i) EXPECT_EQ(labels[0].present[i], i % 3 == 0);

  std::string bad = "valid_2_a_1.nii.gz";
  for (std::size_t i = 0; i < kAbnormalityCount; ++i) bad += i == 5 ? ",2" : ",0";
  const std::string bad_path = write_text(scratch, "bad.csv", label_header() + bad + "\n");
  try {
    read_ct_rate_labels(bad_path);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(e.problem().find("Hiatal hernia"), std::string::npos) << e.what();
  }
  const std::string short_path =
      write_text(scratch, "short.csv", "VolumeName,Medical material\nx,1\n");
  EXPECT_THROW(read_ct_rate_labels(short_path), InputError);
}

}  // namespace
}  // namespace ctlite::core
