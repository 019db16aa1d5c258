#include "core/exports/findings_report.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include <nlohmann/json.hpp>

#include "core/common/errors.h"
#include "core/dataset/abnormality_names.h"
#include "core/io/file_bytes.h"

namespace ctlite::core {

namespace {

using nlohmann::json;

class FieldReader {
 public:
  explicit FieldReader(std::string source) : source_(std::move(source)) {}

  [[noreturn]] void fail(const std::string& field, const std::string& problem) const {
    throw InputError(source_, "findings field '" + field + "' " + problem);
  }

  const json& member(const json& object, const std::string& key, const std::string& field) const {
    const auto found = object.find(key);
    if (found == object.end()) fail(field, "is missing");
    return *found;
  }

  std::string text(const json& object, const std::string& key, const std::string& field,
                   bool required) const {
    const auto found = object.find(key);
    if (found == object.end() || found->is_null()) {
      if (required) fail(field, "is missing");
      return {};
    }
    if (!found->is_string()) fail(field, "must be a string");
    return found->get<std::string>();
  }

  double number(const json& value, const std::string& field) const {
    if (!value.is_number()) fail(field, "must be a number");
    const double number = value.get<double>();
    if (!std::isfinite(number)) fail(field, "must be finite");
    return number;
  }

  double probability(const json& object, const std::string& key, const std::string& field) const {
    const double value = number(member(object, key, field), field);
    if (value < 0.0 || value > 1.0) fail(field, "must lie in [0, 1], got " + std::to_string(value));
    return value;
  }

 private:
  std::string source_;
};

bool is_known_finding(const std::string& name) {
  return std::find(kAbnormalityNames.begin(), kAbnormalityNames.end(), name) !=
         kAbnormalityNames.end();
}

ModelIdentity parse_model(const json& model, const FieldReader& reader) {
  if (!model.is_object()) reader.fail("model", "must be an object");
  ModelIdentity identity;
  identity.id = reader.text(model, "id", "model.id", false);
  identity.name = reader.text(model, "name", "model.name", true);
  identity.version = reader.text(model, "version", "model.version", true);
  identity.weights_sha256 = reader.text(model, "weights_sha256", "model.weights_sha256", false);
  identity.input = reader.text(model, "input", "model.input", true);
  identity.notice = reader.text(model, "notice", "model.notice", false);
  if (identity.input != "compressed" && identity.input != "uncompressed")
    reader.fail("model.input", "must be 'compressed' or 'uncompressed', got '" + identity.input + "'");
  const bool hex = std::all_of(identity.weights_sha256.begin(), identity.weights_sha256.end(),
                               [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
  if (!identity.weights_sha256.empty() && (identity.weights_sha256.size() != 64 || !hex))
    reader.fail("model.weights_sha256", "must be 64 hexadecimal digits");
  return identity;
}

FindingResult parse_finding(const json& item, std::size_t index, const FieldReader& reader) {
  const std::string field = "findings[" + std::to_string(index) + "]";
  if (!item.is_object()) reader.fail(field, "must be an object");
  FindingResult finding;
  finding.name = reader.text(item, "name", field + ".name", true);
  if (!is_known_finding(finding.name))
    reader.fail(field + ".name", "'" + finding.name + "' is not one of the 18 CT-RATE findings");
  finding.score = reader.probability(item, "score", field + ".score");
  finding.threshold = reader.probability(item, "threshold", field + ".threshold");
  const json& present = reader.member(item, "present", field + ".present");
  if (!present.is_boolean()) reader.fail(field + ".present", "must be true or false");
  finding.present = present.get<bool>();

  const auto voxel = item.find("evidence_voxel");
  if (voxel != item.end() && !voxel->is_null()) {
    if (!voxel->is_array() || voxel->size() != 3)
      reader.fail(field + ".evidence_voxel", "must be [x, y, z]");
    std::array<std::int64_t, 3> ijk{};
    for (std::size_t axis = 0; axis < 3; ++axis) {
      const double value = reader.number((*voxel)[axis], field + ".evidence_voxel");
      if (value < 0.0 || value > 1e9 || value != std::floor(value))
        reader.fail(field + ".evidence_voxel", "must hold non-negative whole voxel indices");
      ijk[axis] = static_cast<std::int64_t>(value);
    }
    finding.evidence_voxel = ijk;
  }
  return finding;
}

}  // namespace

bool ModelIdentity::synthetic_trained() const {
  const auto contains = [](std::string haystack, const std::string& needle) {
    std::transform(haystack.begin(), haystack.end(), haystack.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return haystack.find(needle) != std::string::npos;
  };
  return id == "ctlite-demo" || contains(notice, "synthetic");
}

std::vector<const FindingResult*> FindingsReport::ranked_findings() const {
  std::vector<const FindingResult*> ranked;
  for (const auto& finding : findings) ranked.push_back(&finding);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto* a, const auto* b) {
    if (a->present != b->present) return a->present;
    return a->score - a->threshold > b->score - b->threshold;
  });
  return ranked;
}

FindingsReport parse_findings_report(const json& root, const std::string& source) {
  const FieldReader reader(source);
  if (!root.is_object()) throw InputError(source, "findings JSON must be an object");
  FindingsReport report;
  report.model = parse_model(reader.member(root, "model", "model"), reader);
  report.device = reader.text(root, "device", "device", false);
  report.pca_path = reader.text(root, "pca", "pca", false);

  const json& findings = reader.member(root, "findings", "findings");
  if (!findings.is_array() || findings.empty()) reader.fail("findings", "must be a non-empty list");
  if (findings.size() > kAbnormalityNames.size())
    reader.fail("findings", "lists more than the 18 CT-RATE findings");
  std::set<std::string> seen;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    FindingResult finding = parse_finding(findings[i], i, reader);
    if (!seen.insert(finding.name).second)
      reader.fail("findings[" + std::to_string(i) + "].name", "repeats '" + finding.name + "'");
    report.findings.push_back(std::move(finding));
  }

  const auto timings = root.find("timings_ms");
  if (timings != root.end() && !timings->is_null()) {
    if (!timings->is_object()) reader.fail("timings_ms", "must be an object");
    for (const auto& [stage, value] : timings->items())
      report.timings_ms.emplace_back(stage, reader.number(value, "timings_ms." + stage));
  }
  return report;
}

FindingsReport read_findings_report(const std::string& path) {
  const std::vector<std::uint8_t> bytes = read_file_bytes(path, kMaxFindingsFileBytes);
  json root;
  try {
    root = json::parse(bytes.begin(), bytes.end());
  } catch (const json::parse_error& e) {
    throw InputError(path, std::string("not valid JSON (") + e.what() + ")");
  }
  return parse_findings_report(root, path);
}

json findings_report_to_json(const FindingsReport& report) {
  json findings = json::array();
  for (const auto& finding : report.findings) {
    json item = {{"name", finding.name},
                 {"score", finding.score},
                 {"threshold", finding.threshold},
                 {"present", finding.present}};
    if (finding.evidence_voxel) item["evidence_voxel"] = *finding.evidence_voxel;
    findings.push_back(std::move(item));
  }
  json timings = json::object();
  for (const auto& [stage, ms] : report.timings_ms) timings[stage] = ms;
  json root = {{"model",
                {{"id", report.model.id},
                 {"name", report.model.name},
                 {"version", report.model.version},
                 {"weights_sha256", report.model.weights_sha256},
                 {"input", report.model.input},
                 {"notice", report.model.notice}}},
               {"device", report.device},
               {"findings", std::move(findings)},
               {"timings_ms", std::move(timings)}};
  if (!report.pca_path.empty()) root["pca"] = report.pca_path;
  return root;
}

}  // namespace ctlite::core
