// CtRateMetadata::find with the names its own rows hold (found by fuzzing: the index trimmed the
// VolumeName cells but the lookup did not, so a row whose name carried blanks or a stray CR was
// unreachable by the cell's own text).

#include <gtest/gtest.h>

#include "core/dataset/csv_table.h"
#include "core/dataset/ct_rate_metadata.h"

namespace ctlite::core {
namespace {

TEST(CtRateMetadataLookup, EveryRowIsFoundByItsOwnVolumeNameCell) {
  const CsvTable table = CsvTable::parse(
      "VolumeName,XYSpacing,ZSpacing,RescaleSlope,RescaleIntercept\n"
      " train_1_a_1.nii.gz ,[0.75],1.5,1,-1024\n"
      "train_2_a_1.nii.gz\r,[0.7],2,1,-1024\n"
      "train_3_a_1.nii.gz,[0.6],1,1,-1024\n",
      "metadata.csv");
  const CtRateMetadata metadata(table);
  for (const auto& row : table.rows()) {
    SCOPED_TRACE(row[0]);
    const auto found = metadata.find(row[0]);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->fields.at("VolumeName"), row[0]);
  }
  EXPECT_DOUBLE_EQ(metadata.find("/data/train_1_a_1.nii.gz")->xy_spacing[0], 0.75);
  EXPECT_DOUBLE_EQ(metadata.find("train_2_a_1.nii.gz")->z_spacing, 2.0);
}

}  // namespace
}  // namespace ctlite::core
