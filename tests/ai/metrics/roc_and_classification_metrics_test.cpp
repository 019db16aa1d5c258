// Cross-checks every metric against scikit-learn (/usr/bin/python3, python3-sklearn), run at test
// time on fixed vectors that include ties, so a drift from sklearn's tie handling is caught.

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "ai/metrics/classification_metrics.h"
#include "ai/metrics/roc_curve.h"
#include "tests/common/scratch_dir.h"

namespace ctlite::ai {
namespace {

using test_support::ScratchDir;
using nlohmann::json;

struct Case {
  std::vector<int> labels;
  std::vector<double> scores;
  double threshold;  // for the hard-call metrics
};

// Exit code 3 = sklearn missing (the only reason to skip). thresholds[0] is dropped because
// sklearn 1.2 writes max+1 there where we write +infinity (documented in roc_curve.h).
const char* kReferenceScript = R"PY(
import json, sys
try:
    import numpy as np
    from sklearn.metrics import roc_curve, roc_auc_score, f1_score, accuracy_score, confusion_matrix
except ImportError:
    sys.exit(3)
cases = json.load(open(sys.argv[1]))
out = []
for c in cases:
    y = np.array(c["labels"]); s = np.array(c["scores"], dtype=np.float64)
    pred = (s >= c["threshold"]).astype(int)
    r = {"f1": float(f1_score(y, pred, average="weighted")),
         "accuracy": float(accuracy_score(y, pred)),
         "confusion": confusion_matrix(y, pred, labels=[0, 1]).ravel().tolist()}
    if len(set(c["labels"])) == 2:
        fpr, tpr, thr = roc_curve(y, s, drop_intermediate=False)
        best = int(np.argmax(tpr - fpr))
        r.update({"fpr": fpr.tolist(), "tpr": tpr.tolist(), "thresholds": thr[1:].tolist(),
                  "auc": float(roc_auc_score(y, s)), "youden_index": best,
                  "youden_threshold": float(thr[best])})
    out.append(r)
json.dump(out, open(sys.argv[2], "w"))
)PY";

// Runs the reference script; sets `skipped` when sklearn cannot be imported.
json sklearn_reference(const std::vector<Case>& cases, bool& skipped) {
  ScratchDir folder;
  json input = json::array();
  for (const auto& c : cases) input.push_back({{"labels", c.labels}, {"scores", c.scores}, {"threshold", c.threshold}});
  std::ofstream(folder.file("in.json")) << input.dump();
  std::ofstream(folder.file("reference.py")) << kReferenceScript;
  const std::string command = "/usr/bin/python3 " + folder.file("reference.py") + " " +
                              folder.file("in.json") + " " + folder.file("out.json");
  const int status = std::system(command.c_str());
  skipped = WIFEXITED(status) && WEXITSTATUS(status) == 3;
  if (skipped) return {};
  EXPECT_EQ(status, 0) << command;
  std::ifstream result(folder.file("out.json"));
  return json::parse(result);
}

// A fixed pseudo-random case: scores rounded to one decimal (so many ties), correlated with the
// label, from a 64-bit LCG so the vectors never depend on the platform's <random>.
Case generated_case(std::size_t size, std::uint64_t seed) {
  Case c;
  std::uint64_t state = seed;
  auto next = [&state] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<double>(state >> 11) / static_cast<double>(1ull << 53);
  };
  for (std::size_t i = 0; i < size; ++i) {
    const int label = next() < 0.3 ? 1 : 0;
    c.labels.push_back(label);
    c.scores.push_back(std::round((0.6 * next() + 0.35 * label) * 10.0) / 10.0);
  }
  c.threshold = 0.5;
  return c;
}

std::vector<Case> reference_cases() {
  return {
      // Ties across classes at 0.4 and 0.35.
      {{0, 0, 1, 1, 0, 1, 1, 0, 1, 0}, {0.1, 0.4, 0.35, 0.8, 0.4, 0.35, 0.9, 0.2, 0.4, 0.1}, 0.35},
      // Perfect separation, inverted ranking, and every score tied.
      {{0, 0, 0, 1, 1}, {0.1, 0.2, 0.3, 0.7, 0.9}, 0.5},
      {{1, 1, 0, 0, 0, 1}, {0.1, 0.2, 0.7, 0.8, 0.9, 0.3}, 0.5},
      {{1, 0, 1, 0}, {0.5, 0.5, 0.5, 0.5}, 0.5},
      // Negative and large scores (logits, similarity differences).
      {{1, 0, 0, 1, 0, 1, 0}, {-3.25, -7.5, 12.0, 40.0, -7.5, 12.0, -0.001}, 0.0},
      generated_case(257, 1),
      generated_case(1000, 42),
      // One-class findings: ranking metrics undefined, hard-call metrics still defined.
      {{0, 0, 0, 0}, {0.1, 0.7, 0.3, 0.9}, 0.5},
      {{1, 1, 1}, {0.1, 0.7, 0.9}, 0.5},
  };
}

void expect_vector_near(const std::vector<double>& ours, const json& theirs, const std::string& what) {
  ASSERT_EQ(ours.size(), theirs.size()) << what;
  for (std::size_t i = 0; i < ours.size(); ++i) EXPECT_NEAR(ours[i], theirs[i].get<double>(), 1e-12) << what << "[" << i << "]";
}

TEST(ClassificationMetrics, MatchScikitLearnIncludingTiesAndOneClassFindings) {
  const auto cases = reference_cases();
  bool skipped = false;
  const json reference = sklearn_reference(cases, skipped);
  if (skipped) GTEST_SKIP() << "/usr/bin/python3 cannot import sklearn";
  ASSERT_EQ(reference.size(), cases.size());
  for (std::size_t k = 0; k < cases.size(); ++k) {
    SCOPED_TRACE("case " + std::to_string(k));
    const Case& c = cases[k];
    const json& r = reference[k];
    const auto calls = calls_at_threshold(c.scores, c.threshold);
    const BinaryConfusion confusion = confusion_matrix(c.labels, calls);
    EXPECT_EQ(confusion.true_negative, r["confusion"][0].get<std::size_t>());
    EXPECT_EQ(confusion.false_positive, r["confusion"][1].get<std::size_t>());
    EXPECT_EQ(confusion.false_negative, r["confusion"][2].get<std::size_t>());
    EXPECT_EQ(confusion.true_positive, r["confusion"][3].get<std::size_t>());
    EXPECT_NEAR(accuracy(c.labels, calls), r["accuracy"].get<double>(), 1e-12);
    EXPECT_NEAR(weighted_f1(c.labels, calls), r["f1"].get<double>(), 1e-12);

    const auto curve = roc_curve(c.labels, c.scores);
    const auto area = auroc(c.labels, c.scores);
    const auto youden = youden_threshold(c.labels, c.scores);
    if (!r.contains("auc")) {
      EXPECT_FALSE(curve.has_value());
      EXPECT_FALSE(area.has_value());
      EXPECT_FALSE(youden.has_value());
      continue;
    }
    ASSERT_TRUE(curve && area && youden);
    expect_vector_near(curve->false_positive_rate, r["fpr"], "fpr");
    expect_vector_near(curve->true_positive_rate, r["tpr"], "tpr");
    EXPECT_TRUE(std::isinf(curve->thresholds.front()));
    expect_vector_near({curve->thresholds.begin() + 1, curve->thresholds.end()}, r["thresholds"], "thresholds");
    EXPECT_NEAR(*area, r["auc"].get<double>(), 1e-12);
    const std::size_t best = r["youden_index"].get<std::size_t>();
    EXPECT_DOUBLE_EQ(youden->youden_index, curve->true_positive_rate[best] - curve->false_positive_rate[best]);
    if (best > 0) EXPECT_EQ(youden->threshold, r["youden_threshold"].get<double>());
  }
}

TEST(RocCurve, TiedScoresGiveOneDiagonalStepAndHalfCredit) {
  // Every score tied: one step from (0,0) to (1,1), AUROC exactly 0.5 whatever the order.
  const auto curve = roc_curve({1, 0, 1, 0}, {0.5, 0.5, 0.5, 0.5});
  ASSERT_TRUE(curve);
  EXPECT_EQ(curve->thresholds.size(), 2u);
  EXPECT_EQ(*auroc({1, 0, 1, 0}, {0.5, 0.5, 0.5, 0.5}), 0.5);
  EXPECT_EQ(*auroc({0, 1}, {0.2, 0.9}), 1.0);
  EXPECT_EQ(*auroc({1, 0}, {0.2, 0.9}), 0.0);
}

TEST(YoudenThreshold, TieGoesToTheHigherThreshold) {
  // J = 0.5 at threshold 0.9 (tpr 0.5, fpr 0) and at 0.3 (tpr 1, fpr 0.5): the higher one wins.
  const auto point = youden_threshold({1, 1, 0, 0}, {0.9, 0.3, 0.5, 0.1});
  ASSERT_TRUE(point);
  EXPECT_EQ(point->threshold, 0.9);
  EXPECT_DOUBLE_EQ(point->youden_index, 0.5);
  // A useless score: J = 0 everywhere, so the "never present" point at +infinity is chosen.
  const auto useless = youden_threshold({1, 0}, {0.4, 0.4});
  ASSERT_TRUE(useless);
  EXPECT_TRUE(std::isinf(useless->threshold));
}

TEST(ClassificationMetrics, RejectsMalformedInput) {
  EXPECT_THROW(auroc({}, {}), std::invalid_argument);
  EXPECT_THROW(auroc({0, 1}, {0.5}), std::invalid_argument);
  EXPECT_THROW(auroc({0, 2}, {0.5, 0.6}), std::invalid_argument);
  EXPECT_THROW(auroc({0, 1}, {0.5, std::numeric_limits<double>::quiet_NaN()}), std::invalid_argument);
  EXPECT_THROW(weighted_f1({0, 1}, {0, -1}), std::invalid_argument);
  EXPECT_THROW(accuracy({}, {}), std::invalid_argument);
}

TEST(MacroAverage, SkipsUndefinedFindings) {
  EXPECT_DOUBLE_EQ(*macro_average({0.5, std::nullopt, 1.0}), 0.75);
  EXPECT_FALSE(macro_average({std::nullopt, std::nullopt}).has_value());
  EXPECT_FALSE(macro_average({}).has_value());
}

}  // namespace
}  // namespace ctlite::ai
