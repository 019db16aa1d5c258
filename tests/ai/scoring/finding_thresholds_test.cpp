#include "ai/scoring/finding_thresholds.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <string>

#include "core/common/errors.h"
#include "tests/common/scratch_dir.h"

namespace ctlite::ai {
namespace {

using test_support::ScratchDir;


FindingThresholds sample() {
  return {ZeroShotScoreKind::SimilarityDifference, {"Cardiomegaly", "Emphysema", "Hiatal hernia"},
          {0.125, -0.03, INFINITY}};
}

TEST(FindingThresholds, RoundTripKeepsOrderKindAndInfinity) {
  ScratchDir folder;
  write_finding_thresholds(folder.file("t.json"), sample());
  const FindingThresholds read = read_finding_thresholds(folder.file("t.json"));
  EXPECT_EQ(read.score_kind, ZeroShotScoreKind::SimilarityDifference);
  EXPECT_EQ(read.findings, sample().findings);
  EXPECT_EQ(read.thresholds[0], 0.125);
  EXPECT_EQ(read.thresholds[1], -0.03);
  EXPECT_TRUE(std::isinf(read.thresholds[2]));
}

TEST(FindingThresholds, CallsPresentAtOrAboveThresholdForTheFittedScoreOnly) {
  const auto calls = call_findings({0.125, -0.04, 1e9}, ZeroShotScoreKind::SimilarityDifference, sample());
  EXPECT_EQ(calls, (std::vector<bool>{true, false, false}));
  EXPECT_THROW(call_findings({0.5, 0.5, 0.5}, ZeroShotScoreKind::PresentProbability, sample()),
               std::invalid_argument);
  EXPECT_THROW(call_findings({0.5}, ZeroShotScoreKind::SimilarityDifference, sample()), std::invalid_argument);
}

TEST(FindingThresholds, MalformedFileNamesThePath) {
  ScratchDir folder;
  const std::string path = folder.file("bad.json");
  for (const std::string text : {"{", R"({"score": "auc", "thresholds": []})",
                                 R"({"score": "present_probability", "thresholds": [{"finding": "A"}]})",
                                 R"({"score": "present_probability", "thresholds": [{"finding": "A", "threshold": 0.1},
                                     {"finding": "A", "threshold": 0.2}]})"}) {
    std::ofstream(path) << text;
    try {
      read_finding_thresholds(path);
      ADD_FAILURE() << "accepted " << text;
    } catch (const core::InputError& e) {
      EXPECT_EQ(e.path(), path);
    }
  }
  EXPECT_THROW(read_finding_thresholds(folder.file("missing.json")), core::InputError);
}

}  // namespace
}  // namespace ctlite::ai
