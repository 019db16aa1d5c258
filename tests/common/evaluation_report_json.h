#pragma once
// A small `ctlite evaluate --out` report for the reader, model-library and view-model tests:
// two findings (the second one-class, so its AUROC is null), ROC points and a t-SNE block.

#include <nlohmann/json.hpp>
#include <string>

namespace ctlite::test_support {

inline nlohmann::json evaluation_report_json(const std::string& model_id = "ctlite-demo", double auroc = 0.75) {
  using nlohmann::json;
  return json{
      {"model", "/models/" + model_id},
      {"model_id", model_id},
      {"data", "/data/phantoms"},
      {"split", "valid"},
      {"input_path", "compressed"},
      {"thresholds_from", "bundle"},
      {"notice", "Trained on synthetic phantoms. Not for clinical use."},
      {"cases", 4},
      {"macro", {{"auroc", auroc}, {"weighted_f1", 0.6}, {"accuracy", 0.625}}},
      {"findings",
       json::array({{{"finding", "Emphysema"},
                     {"positives", 2},
                     {"negatives", 2},
                     {"auroc", auroc},
                     {"threshold", 0.4},
                     {"youden_threshold", 0.4},
                     {"weighted_f1", 0.7},
                     {"accuracy", 0.75},
                     {"confusion", {{"tn", 2}, {"fp", 0}, {"fn", 1}, {"tp", 1}}},
                     {"roc",
                      {{"false_positive_rate", {0.0, 0.0, 0.5, 1.0}},
                       {"true_positive_rate", {0.0, 0.5, 1.0, 1.0}},
                       {"thresholds", {nullptr, 0.8, 0.4, 0.1}}}}},
                    {{"finding", "Atelectasis"},
                     {"positives", 0},
                     {"negatives", 4},
                     {"auroc", nullptr},
                     {"threshold", 0.5},
                     {"youden_threshold", nullptr},
                     {"weighted_f1", 0.5},
                     {"accuracy", 0.5},
                     {"confusion", {{"tn", 2}, {"fp", 2}, {"fn", 0}, {"tp", 0}}}}})},
      {"tsne",
       {{"perplexity", 1.5},
        {"seed", 0},
        {"iterations", 1000},
        {"kl_divergence", 0.1},
        {"neighbours", 1},
        {"trustworthiness", 0.95},
        {"cases",
         json::array({{{"id", "a"}, {"x", 1.0}, {"y", 2.0}, {"labels", {1, 0}}},
                      {{"id", "b"}, {"x", 1.5}, {"y", 2.5}, {"labels", {1, 0}}},
                      {{"id", "c"}, {"x", -1.0}, {"y", -2.0}, {"labels", {0, 0}}},
                      {{"id", "d"}, {"x", -1.5}, {"y", -2.5}, {"labels", {0, 0}}}})},
        {"prompts",
         json::array({{{"finding", "Emphysema"}, {"polarity", "present"}, {"x", 1.2}, {"y", 2.2}},
                      {{"finding", "Emphysema"}, {"polarity", "absent"}, {"x", -1.2}, {"y", -2.2}},
                      {{"finding", "Atelectasis"}, {"polarity", "present"}, {"x", 3.0}, {"y", 0.0}},
                      {{"finding", "Atelectasis"}, {"polarity", "absent"}, {"x", -3.0}, {"y", 0.0}}})}}}};
}

}  // namespace ctlite::test_support
