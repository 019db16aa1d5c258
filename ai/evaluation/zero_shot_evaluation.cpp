#include "ai/evaluation/zero_shot_evaluation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace ctlite::ai {
namespace {

nlohmann::json optional_number(const std::optional<double>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

}  // namespace

ZeroShotEvaluation evaluate_zero_shot(const std::vector<std::string>& findings,
                                      const std::vector<std::vector<double>>& scores,
                                      const std::vector<std::vector<int>>& labels,
                                      const std::vector<double>* thresholds) {
  if (scores.empty() || scores.size() != labels.size())
    throw std::invalid_argument("evaluation needs as many label rows as score rows (and at least one)");
  if (thresholds && thresholds->size() != findings.size())
    throw std::invalid_argument("evaluation: one threshold per finding is required");
  ZeroShotEvaluation out;
  out.cases = scores.size();
  std::vector<std::optional<double>> aurocs;
  for (std::size_t f = 0; f < findings.size(); ++f) {
    std::vector<double> column;
    std::vector<int> truth;
    for (std::size_t c = 0; c < scores.size(); ++c) {
      if (scores[c].size() != findings.size() || labels[c].size() != findings.size())
        throw std::invalid_argument("evaluation: case " + std::to_string(c) + " has " +
                                    std::to_string(scores[c].size()) + " scores and " +
                                    std::to_string(labels[c].size()) + " labels for " +
                                    std::to_string(findings.size()) + " findings");
      column.push_back(scores[c][f]);
      truth.push_back(labels[c][f]);
    }
    FindingEvaluation e;
    e.finding = findings[f];
    for (int t : truth) (t ? e.positives : e.negatives) += 1;
    e.roc = roc_curve(truth, column);
    e.auroc = auroc(truth, column);
    if (e.roc) e.youden = youden_threshold(*e.roc);
    e.threshold = thresholds ? (*thresholds)[f] : e.youden ? e.youden->threshold : 0.5;
    // Youden's J can peak at the curve's +infinity point ("never call it": no threshold beats
    // chance); a manifest needs a finite number with the same effect.
    if (!std::isfinite(e.threshold))
      e.threshold = std::nextafter(*std::max_element(column.begin(), column.end()),
                                   std::numeric_limits<double>::infinity());
    const std::vector<int> calls = calls_at_threshold(column, e.threshold);
    e.confusion = confusion_matrix(truth, calls);
    e.weighted_f1 = weighted_f1(e.confusion);
    e.accuracy = accuracy(e.confusion);
    out.macro_weighted_f1 += e.weighted_f1 / static_cast<double>(findings.size());
    out.macro_accuracy += e.accuracy / static_cast<double>(findings.size());
    aurocs.push_back(e.auroc);
    out.findings.push_back(std::move(e));
  }
  out.macro_auroc = macro_average(aurocs);
  return out;
}

nlohmann::json evaluation_to_json(const ZeroShotEvaluation& evaluation, bool roc_points) {
  nlohmann::json findings = nlohmann::json::array();
  for (const auto& e : evaluation.findings) {
    nlohmann::json row = {
        {"finding", e.finding},
        {"positives", e.positives},
        {"negatives", e.negatives},
        {"auroc", optional_number(e.auroc)},
        {"threshold", e.threshold},
        {"youden_threshold", e.youden ? nlohmann::json(e.youden->threshold) : nlohmann::json(nullptr)},
        {"weighted_f1", e.weighted_f1},
        {"accuracy", e.accuracy},
        {"confusion",
         {{"tn", e.confusion.true_negative}, {"fp", e.confusion.false_positive},
          {"fn", e.confusion.false_negative}, {"tp", e.confusion.true_positive}}}};
    if (roc_points && e.roc) {
      // +infinity (the curve's first threshold) has no JSON spelling.
      nlohmann::json thresholds = nlohmann::json::array();
      for (double t : e.roc->thresholds)
        thresholds.push_back(std::isfinite(t) ? nlohmann::json(t) : nlohmann::json(nullptr));
      row["roc"] = {{"false_positive_rate", e.roc->false_positive_rate},
                    {"true_positive_rate", e.roc->true_positive_rate},
                    {"thresholds", thresholds}};
    }
    findings.push_back(std::move(row));
  }
  return {{"cases", evaluation.cases},
          {"macro",
           {{"auroc", optional_number(evaluation.macro_auroc)},
            {"weighted_f1", evaluation.macro_weighted_f1},
            {"accuracy", evaluation.macro_accuracy}}},
          {"findings", findings}};
}

}  // namespace ctlite::ai
