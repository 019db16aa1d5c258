#include "core/dataset/ct_rate_metadata_locator.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../io/io_test_support.h"
#include "core/common/errors.h"
#include "core/io/nifti_writer.h"
#include "core/io/volume_reader.h"

namespace ctlite::core {
namespace {

namespace fs = std::filesystem;
using testing::ScratchDir;

// CT-RATE's layout: <root>/dataset/train/train_7/train_7_a/train_7_a_2.nii.gz with raw stored
// values and 1 mm header spacing, and <root>/dataset/metadata/*.csv with the truth.
struct CtRateFolder {
  explicit CtRateFolder(const ScratchDir& scratch) : root(scratch.path()) {
    const fs::path series = root / "dataset/train/train_7/train_7_a";
    fs::create_directories(series);
    fs::create_directories(root / "dataset/metadata");
    volume_path = (series / "train_7_a_2.nii.gz").string();
    Volume raw;
    raw.allocate({4, 3, 2});
    for (std::size_t i = 0; i < raw.voxels.size(); ++i) raw.voxels[i] = static_cast<float>(1000 + i);
    write_nifti(raw, volume_path);
  }
  std::string write_csv(const std::string& name, const std::string& text) const {
    const std::string path = (root / "dataset/metadata" / name).string();
    std::ofstream(path) << text;
    return path;
  }
  fs::path root;
  std::string volume_path;
};

constexpr const char* kHeader = "VolumeName,XYSpacing,ZSpacing,RescaleIntercept,RescaleSlope\n";

TEST(CtRateMetadataLocator, FindsTheCsvThatListsTheVolumeAndReadVolumeUsesIt) {
  ScratchDir scratch;
  const CtRateFolder folder(scratch);
  folder.write_csv("train_metadata.csv", std::string(kHeader) + "train_9_a_1.nii.gz,\"[0.5, 0.5]\",2,-1024,1\n");
  const std::string listing =
      folder.write_csv("validation_metadata.csv", std::string(kHeader) + "train_7_a_2.nii.gz,\"[0.6, 0.7]\",1.5,-1024,1\n");
  const auto located = locate_ct_rate_metadata(folder.volume_path);
  ASSERT_TRUE(located.has_value());
  EXPECT_EQ(located->path, listing);
  EXPECT_EQ(located->metadata.size(), 1u);

  ReadNotes notes;
  const Volume volume = read_volume(folder.volume_path, {}, {}, &notes);
  EXPECT_EQ(volume.spacing, (std::array<double, 3>{0.7, 0.6, 1.5}));
  EXPECT_EQ(volume.unit, IntensityUnit::Hounsfield);
  EXPECT_FLOAT_EQ(volume.voxels[0], 1000.0f - 1024.0f);
  EXPECT_TRUE(testing::has_note_containing(notes, listing));
}

TEST(CtRateMetadataLocator, NothingForOtherNamesOrUnlistedVolumes) {
  ScratchDir scratch;
  const CtRateFolder folder(scratch);
  folder.write_csv("train_metadata.csv", std::string(kHeader) + "train_9_a_1.nii.gz,\"[0.5, 0.5]\",2,-1024,1\n");
  EXPECT_FALSE(locate_ct_rate_metadata(folder.volume_path).has_value());
  ReadNotes notes;
  const Volume volume = read_volume(folder.volume_path, {}, {}, &notes);
  EXPECT_EQ(volume.spacing, (std::array<double, 3>{1.0, 1.0, 1.0}));
  EXPECT_TRUE(testing::has_note_containing(notes, "give the metadata CSV"));

  const std::string other = (folder.root / "dataset/metadata/../scan.nii.gz").string();
  fs::copy_file(folder.volume_path, other);
  EXPECT_FALSE(locate_ct_rate_metadata(other).has_value());
}

TEST(CtRateMetadataLocator, AMalformedCandidateCsvIsAnErrorNamingIt) {
  ScratchDir scratch;
  const CtRateFolder folder(scratch);
  const std::string broken = folder.write_csv("train_metadata.csv", "Name,Spacing\nx,1\n");
  try {
    locate_ct_rate_metadata(folder.volume_path);
    FAIL() << "a metadata CSV without VolumeName was accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), broken);
  }
}

}  // namespace
}  // namespace ctlite::core
