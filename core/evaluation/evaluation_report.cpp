#include "core/evaluation/evaluation_report.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/common/errors.h"
#include "core/io/json_file.h"

namespace ctlite::core {
namespace {

using nlohmann::json;

// A report with embeddings of a few thousand cases stays well under this.
constexpr std::uint64_t kMaxReportBytes = 512ull << 20;

[[noreturn]] void fail(const std::string& path, const std::string& problem) {
  throw std::invalid_argument(path + " " + problem);
}

const json& field(const json& object, const std::string& key, const std::string& path) {
  if (!object.is_object()) fail(path, "is not a JSON object");
  auto it = object.find(key);
  if (it == object.end()) fail(path.empty() ? key : path + "." + key, "is missing");
  return *it;
}

std::string child(const std::string& path, const std::string& key) { return path.empty() ? key : path + "." + key; }

double number(const json& object, const std::string& key, const std::string& path) {
  const json& v = field(object, key, path);
  if (!v.is_number()) fail(child(path, key), "is not a number");
  return v.get<double>();
}

std::optional<double> number_or_null(const json& object, const std::string& key, const std::string& path) {
  const json& v = field(object, key, path);
  if (v.is_null()) return std::nullopt;
  if (!v.is_number()) fail(child(path, key), "is not a number or null");
  return v.get<double>();
}

std::int64_t integer(const json& object, const std::string& key, const std::string& path) {
  const json& v = field(object, key, path);
  if (!v.is_number_integer()) fail(child(path, key), "is not an integer");
  return v.get<std::int64_t>();
}

std::string text_or_empty(const json& object, const std::string& key, const std::string& path) {
  auto it = object.find(key);
  if (it == object.end()) return {};
  if (!it->is_string()) fail(child(path, key), "is not a string");
  return it->get<std::string>();
}

const json& list(const json& object, const std::string& key, const std::string& path) {
  const json& v = field(object, key, path);
  if (!v.is_array()) fail(child(path, key), "is not a list");
  return v;
}

std::vector<double> numbers(const json& object, const std::string& key, const std::string& path) {
  std::vector<double> out;
  for (const json& v : list(object, key, path)) {
    if (!v.is_number()) fail(child(path, key), "holds a value that is not a number");
    out.push_back(v.get<double>());
  }
  return out;
}

RocPoints parse_roc(const json& roc, const std::string& path) {
  RocPoints out{numbers(roc, "false_positive_rate", path), numbers(roc, "true_positive_rate", path)};
  if (out.false_positive_rate.size() != out.true_positive_rate.size())
    fail(path, "has " + std::to_string(out.false_positive_rate.size()) + " false and " +
                   std::to_string(out.true_positive_rate.size()) + " true positive rates");
  return out;
}

FindingMetrics parse_finding(const json& row, const std::string& path) {
  FindingMetrics f;
  const json& name = field(row, "finding", path);
  if (!name.is_string() || name.get<std::string>().empty()) fail(child(path, "finding"), "is not a finding name");
  f.finding = name.get<std::string>();
  f.positives = integer(row, "positives", path);
  f.negatives = integer(row, "negatives", path);
  f.auroc = number_or_null(row, "auroc", path);
  f.threshold = number(row, "threshold", path);
  f.youden_threshold = number_or_null(row, "youden_threshold", path);
  f.weighted_f1 = number(row, "weighted_f1", path);
  f.accuracy = number(row, "accuracy", path);
  const std::string confusion_path = child(path, "confusion");
  const json& confusion = field(row, "confusion", path);
  f.confusion = {integer(confusion, "tn", confusion_path), integer(confusion, "fp", confusion_path),
                 integer(confusion, "fn", confusion_path), integer(confusion, "tp", confusion_path)};
  if (row.contains("roc")) f.roc = parse_roc(row["roc"], child(path, "roc"));
  return f;
}

TsneMap parse_tsne(const json& tsne, std::size_t findings) {
  TsneMap map;
  map.perplexity = number(tsne, "perplexity", "tsne");
  map.seed = static_cast<std::uint64_t>(integer(tsne, "seed", "tsne"));
  map.iterations = static_cast<int>(integer(tsne, "iterations", "tsne"));
  map.kl_divergence = number(tsne, "kl_divergence", "tsne");
  if (tsne.contains("neighbours")) {
    map.neighbours = static_cast<int>(integer(tsne, "neighbours", "tsne"));
    map.trustworthiness = number(tsne, "trustworthiness", "tsne");
  }
  const json& cases = list(tsne, "cases", "tsne");
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const std::string path = "tsne.cases[" + std::to_string(i) + "]";
    CasePoint point{text_or_empty(cases[i], "id", path), number(cases[i], "x", path), number(cases[i], "y", path), {}};
    for (double label : numbers(cases[i], "labels", path)) point.labels.push_back(label >= 0.5 ? 1 : 0);
    if (point.labels.size() != findings)
      fail(path + ".labels", "has " + std::to_string(point.labels.size()) + " labels for " + std::to_string(findings) +
                                 " findings");
    map.cases.push_back(std::move(point));
  }
  const json& prompts = list(tsne, "prompts", "tsne");
  for (std::size_t i = 0; i < prompts.size(); ++i) {
    const std::string path = "tsne.prompts[" + std::to_string(i) + "]";
    const std::string polarity = text_or_empty(prompts[i], "polarity", path);
    if (polarity != "present" && polarity != "absent") fail(path + ".polarity", "is not \"present\" or \"absent\"");
    map.prompts.push_back({text_or_empty(prompts[i], "finding", path), polarity == "present", number(prompts[i], "x", path),
                           number(prompts[i], "y", path)});
  }
  return map;
}

EvaluationReport parse_report_object(const json& root) {
  if (!root.is_object()) fail("the report", "is not a JSON object");
  EvaluationReport r;
  r.model = text_or_empty(root, "model", "");
  r.model_id = text_or_empty(root, "model_id", "");
  r.data = text_or_empty(root, "data", "");
  r.split = text_or_empty(root, "split", "");
  r.input_path = text_or_empty(root, "input_path", "");
  r.thresholds_from = text_or_empty(root, "thresholds_from", "");
  r.notice = text_or_empty(root, "notice", "");
  r.cases = integer(root, "cases", "");
  const json& macro = field(root, "macro", "");
  r.macro_auroc = number_or_null(macro, "auroc", "macro");
  r.macro_weighted_f1 = number(macro, "weighted_f1", "macro");
  r.macro_accuracy = number(macro, "accuracy", "macro");
  const json& findings = list(root, "findings", "");
  for (std::size_t i = 0; i < findings.size(); ++i)
    r.findings.push_back(parse_finding(findings[i], "findings[" + std::to_string(i) + "]"));
  if (r.findings.empty()) fail("findings", "is empty");
  if (root.contains("tsne") && !root["tsne"].is_null()) r.tsne = parse_tsne(root["tsne"], r.findings.size());
  return r;
}

}  // namespace

const FindingMetrics* EvaluationReport::finding(const std::string& name) const {
  for (const FindingMetrics& f : findings)
    if (f.finding == name) return &f;
  return nullptr;
}

EvaluationReport parse_evaluation_report(const json& root, const std::string& source) {
  try {
    EvaluationReport report = parse_report_object(root);
    report.source = source;
    return report;
  } catch (const std::invalid_argument& e) {
    throw InputError(source, std::string("not an evaluation report: ") + e.what());
  } catch (const json::exception& e) {
    throw InputError(source, std::string("not an evaluation report: ") + e.what());
  }
}

EvaluationReport read_evaluation_report(const std::string& path) {
  return parse_evaluation_report(read_json_file(path, kMaxReportBytes, "evaluation report"), path);
}

}  // namespace ctlite::core
