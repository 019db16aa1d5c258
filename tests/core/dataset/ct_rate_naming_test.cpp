#include "core/dataset/ct_rate_naming.h"

#include <gtest/gtest.h>

#include <set>

#include "core/dataset/abnormality_names.h"

namespace ctlite::core {
namespace {

TEST(CtRateNaming, ParsesAndRebuildsTheLayout) {
  const auto name = parse_ct_rate_name("/data/ct/valid_1234_b_2.nii.gz");
  ASSERT_TRUE(name.has_value());
  EXPECT_EQ(name->split, "valid");
  EXPECT_EQ(name->patient, "1234");
  EXPECT_EQ(name->scan, "b");
  EXPECT_EQ(name->reconstruction, "2");
  EXPECT_EQ(name->file_name(), "valid_1234_b_2.nii.gz");
  EXPECT_EQ(name->relative_path(), "valid/valid_1234/valid_1234_b/valid_1234_b_2.nii.gz");
  EXPECT_EQ(ct_rate_volume_path("/dataset", *name),
            "/dataset/valid/valid_1234/valid_1234_b/valid_1234_b_2.nii.gz");
}

TEST(CtRateNaming, RejectsOtherNames) {
  for (const char* name :
       {"train_1_a_1.nii", "train_1_a.nii.gz", "train_x_a_1.nii.gz", "train_1_1_1.nii.gz",
        "train_1_a_1_2.nii.gz", "Train_1_a_1.nii.gz", ".nii.gz", "train__a_1.nii.gz"})
    EXPECT_FALSE(parse_ct_rate_name(name).has_value()) << name;
}

TEST(AbnormalityNames, EighteenUniqueNamesInCtClipOrder) {
  EXPECT_EQ(kAbnormalityNames.size(), 18u);
  EXPECT_EQ(kAbnormalityNames.front(), "Medical material");
  EXPECT_EQ(kAbnormalityNames[4], "Coronary artery wall calcification");
  EXPECT_EQ(kAbnormalityNames[11], "Pulmonary fibrotic sequela");
  EXPECT_EQ(kAbnormalityNames.back(), "Interlobular septal thickening");
  EXPECT_EQ(std::set<std::string_view>(kAbnormalityNames.begin(), kAbnormalityNames.end()).size(),
            18u);
}

}  // namespace
}  // namespace ctlite::core
