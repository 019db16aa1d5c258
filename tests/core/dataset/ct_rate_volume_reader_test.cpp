#include "core/dataset/ct_rate_volume_reader.h"

#include <gtest/gtest.h>

#include <fstream>

#include "../io/io_test_support.h"
#include "core/common/errors.h"
#include "core/io/nifti_writer.h"

namespace ctlite::core {
namespace {

using testing::ScratchDir;

// A CT-RATE-style file: raw scanner values (0..2500), header spacing left at 1 mm.
Volume raw_volume() {
  Volume volume;
  volume.allocate({6, 5, 4});
  for (std::size_t i = 0; i < volume.voxels.size(); ++i)
    volume.voxels[i] = static_cast<float>((i * 113) % 2500);
  return volume;
}

TEST(CtRateVolumeReader, SpacingAndHounsfieldComeFromTheMetadataRow) {
  ScratchDir scratch;
  const std::string nifti = scratch.file("train_7_a_2.nii.gz");
  write_nifti(raw_volume(), nifti);
  const std::string csv = scratch.file("train_metadata.csv");
  std::ofstream(csv) << "VolumeName,XYSpacing,ZSpacing,RescaleIntercept,RescaleSlope,Manufacturer\n"
                        "train_7_a_2.nii.gz,\"[0.7, 0.8]\",1.25,-1024,1,PHILIPS\n";
  const CtRateMetadata metadata = CtRateMetadata::read_file(csv);
  ReadNotes notes;
  const Volume volume = read_ct_rate_volume(nifti, metadata, {}, &notes);
  EXPECT_EQ(volume.dims, raw_volume().dims);
  EXPECT_EQ(volume.spacing, (std::array<double, 3>{0.8, 0.7, 1.25}));
  EXPECT_EQ(volume.unit, IntensityUnit::Hounsfield);
  EXPECT_EQ(volume.source_format, "ct-rate");
  EXPECT_EQ(volume.metadata.manufacturer, "PHILIPS");
  const Volume raw = raw_volume();
  for (std::size_t i = 0; i < raw.voxels.size(); ++i)
    ASSERT_FLOAT_EQ(volume.voxels[i], raw.voxels[i] - 1024.0f) << i;
  EXPECT_TRUE(testing::has_note_containing(notes, "from the metadata CSV"));
  EXPECT_TRUE(testing::has_note_containing(notes, "RescaleSlope/RescaleIntercept"));
}

TEST(CtRateVolumeReader, MissingRowNamesTheCsv) {
  ScratchDir scratch;
  const std::string nifti = scratch.file("valid_1_a_1.nii.gz");
  write_nifti(raw_volume(), nifti);
  const std::string csv = scratch.file("meta.csv");
  std::ofstream(csv) << "VolumeName,XYSpacing,ZSpacing,RescaleIntercept,RescaleSlope\n";
  try {
    read_ct_rate_volume(nifti, CtRateMetadata::read_file(csv));
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), csv);
    EXPECT_NE(e.problem().find("valid_1_a_1.nii.gz"), std::string::npos);
  }
}

}  // namespace
}  // namespace ctlite::core
