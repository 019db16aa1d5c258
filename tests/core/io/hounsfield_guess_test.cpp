#include "core/io/hounsfield_guess.h"

#include <gtest/gtest.h>

#include <cmath>

namespace ctlite::core {
namespace {

TEST(HounsfieldGuess, AirAtMinusThousandMeansCt) {
  std::vector<float> chest(10000, 40.0f);
  for (std::size_t i = 0; i < 500; ++i) chest[i] = -1000.0f + static_cast<float>(i % 50);
  EXPECT_TRUE(looks_like_hounsfield(chest));
  Volume volume;
  volume.allocate({100, 100, 1});
  volume.voxels = chest;
  ReadNotes notes;
  label_unit_from_values(volume, "NIfTI", &notes);
  EXPECT_EQ(volume.unit, IntensityUnit::Hounsfield);
  EXPECT_EQ(volume.metadata.modality, "CT");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].find("NIfTI"), std::string::npos);
}

TEST(HounsfieldGuess, MrLikeOrBrokenValuesAreNot) {
  std::vector<float> mr(10000);
  for (std::size_t i = 0; i < mr.size(); ++i) mr[i] = static_cast<float>(i % 900);
  EXPECT_FALSE(looks_like_hounsfield(mr));
  std::vector<float> with_nan(10000, -1000.0f);
  with_nan[0] = std::nanf("");
  EXPECT_FALSE(looks_like_hounsfield(with_nan));
  EXPECT_FALSE(looks_like_hounsfield({}));
  std::vector<float> sparse_air(10000, 50.0f);
  for (std::size_t i = 0; i < 50; ++i) sparse_air[i * 7] = -1000.0f;  // 0.5%: not enough
  EXPECT_FALSE(looks_like_hounsfield(sparse_air));
}

}  // namespace
}  // namespace ctlite::core
