#include "ai/bundle/bundle_manifest.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>

#include "core/common/errors.h"

namespace ctlite::ai {
namespace {

using nlohmann::json;

// Reads one JSON object field by field, remembering which keys were used so that finish() can
// refuse the rest; every error names the key path ("model.head.rank").
class ObjectReader {
 public:
  ObjectReader(const json& object, std::string path) : object_(object), path_(std::move(path)) {
    if (!object_.is_object()) fail(path_.empty() ? "the manifest" : path_, "is not a JSON object");
  }

  const json& required(const std::string& key) {
    const json* value = optional(key);
    if (!value) fail(child(key), "is missing");
    return *value;
  }
  const json* optional(const std::string& key) {
    auto it = object_.find(key);
    if (it == object_.end()) return nullptr;
    used_.insert(key);
    return &*it;
  }
  std::string string(const std::string& key) {
    const json& v = required(key);
    if (!v.is_string()) fail(child(key), "is not a string");
    return v.get<std::string>();
  }
  int64_t integer(const std::string& key) {
    const json& v = required(key);
    if (!v.is_number_integer()) fail(child(key), "is not an integer");
    return v.get<int64_t>();
  }
  double number(const std::string& key) {
    const json& v = required(key);
    if (!v.is_number()) fail(child(key), "is not a number");
    return v.get<double>();
  }
  bool boolean(const std::string& key) {
    const json& v = required(key);
    if (!v.is_boolean()) fail(child(key), "is not true or false");
    return v.get<bool>();
  }
  ObjectReader object(const std::string& key) { return ObjectReader(required(key), child(key)); }
  void finish() const {
    for (const auto& item : object_.items())
      if (!used_.count(item.key())) fail(child(item.key()), "is not a known key");
  }
  std::string child(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }
  const json& value() const { return object_; }

  [[noreturn]] static void fail(const std::string& path, const std::string& problem) {
    throw std::invalid_argument(path + " " + problem);
  }

 private:
  const json& object_;
  std::string path_;
  std::set<std::string> used_;
};

// Runs a config's own parser and turns its message into one naming the key path.
template <typename Parse>
auto parse_nested(const std::string& path, Parse parse) {
  try {
    return parse();
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument(path + ": " + e.what());
  } catch (const json::exception& e) {
    throw std::invalid_argument(path + ": " + e.what());
  }
}

HeadConfig parse_head(ObjectReader reader) {
  HeadConfig head;
  head.type = parse_nested(reader.child("type"), [&] { return head_type_from_name(reader.string("type")); });
  head.input_size = reader.integer("input_size");
  head.output_size = reader.integer("output_size");
  head.rank = reader.integer("rank");
  head.block_size = reader.integer("block_size");
  head.normalize_cores = reader.boolean("normalize_cores");
  head.bias = reader.boolean("bias");
  reader.finish();
  return head;
}

BertConfig parse_bert(const json& object, const std::string& path) {
  // BertConfig::from_json accepts any Hugging Face config; inside a manifest only its own keys.
  if (!object.is_object()) ObjectReader::fail(path, "is not a JSON object");
  const json known = BertConfig().to_json();
  for (const auto& item : object.items())
    if (!known.contains(item.key())) ObjectReader::fail(path + "." + item.key(), "is not a known key");
  return parse_nested(path, [&] { return BertConfig::from_json(object); });
}

void parse_thresholds(ObjectReader reader, BundleManifest& m) {
  m.threshold_score = reader.string("score");
  const json& list = reader.required("findings");
  if (!list.is_array()) ObjectReader::fail(reader.child("findings"), "is not a list");
  for (std::size_t i = 0; i < list.size(); ++i) {
    ObjectReader entry(list[i], reader.child("findings") + "[" + std::to_string(i) + "]");
    m.thresholds.push_back({entry.string("finding"), entry.number("threshold")});
    entry.finish();
  }
  reader.finish();
}

void parse_metrics(const json& object, BundleManifest& m) {
  if (!object.is_object()) ObjectReader::fail("metrics", "is not a JSON object");
  for (const auto& group : object.items()) {
    const std::string path = "metrics." + group.key();
    if (!group.value().is_object()) ObjectReader::fail(path, "is not a JSON object");
    auto& values = m.metrics[group.key()];
    for (const auto& metric : group.value().items()) {
      if (metric.value().is_null())
        values[metric.key()] = std::numeric_limits<double>::quiet_NaN();  // undefined (one class)
      else if (metric.value().is_number())
        values[metric.key()] = metric.value().get<double>();
      else
        ObjectReader::fail(path + "." + metric.key(), "is not a number or null");
    }
  }
}

std::string optional_string(ObjectReader& reader, const std::string& key) {
  return reader.optional(key) ? reader.string(key) : std::string();
}

BundleProvenance parse_provenance(ObjectReader reader) {
  BundleProvenance p;
  p.registered = reader.string("registered");
  p.source = reader.string("source");
  const json& stages = reader.required("stages");
  if (!stages.is_array()) ObjectReader::fail(reader.child("stages"), "is not a list");
  for (const json& stage : stages) {
    if (!stage.is_string()) ObjectReader::fail(reader.child("stages"), "holds a value that is not a string");
    p.stages.push_back(stage.get<std::string>());
  }
  p.teacher = optional_string(reader, "teacher");
  p.data = optional_string(reader, "data");
  p.trained = optional_string(reader, "trained");
  if (reader.optional("evaluation")) {
    ObjectReader evaluation = reader.object("evaluation");
    BundleEvaluationSource e;
    e.report = evaluation.string("report");
    e.data = evaluation.string("data");
    e.split = evaluation.string("split");
    e.cases = evaluation.integer("cases");
    e.thresholds_from = evaluation.string("thresholds_from");
    evaluation.finish();
    p.evaluation = e;
  }
  reader.finish();
  return p;
}

json provenance_to_json(const BundleProvenance& p) {
  json out = {{"registered", p.registered}, {"source", p.source}, {"stages", p.stages}};
  if (!p.teacher.empty()) out["teacher"] = p.teacher;
  if (!p.data.empty()) out["data"] = p.data;
  if (!p.trained.empty()) out["trained"] = p.trained;
  if (p.evaluation)
    out["evaluation"] = {{"report", p.evaluation->report}, {"data", p.evaluation->data},
                         {"split", p.evaluation->split}, {"cases", p.evaluation->cases},
                         {"thresholds_from", p.evaluation->thresholds_from}};
  return out;
}

BundleManifest parse_manifest_object(const json& root) {
  ObjectReader reader(root, "");
  if (reader.string("format") != BundleManifest::kFormat)
    ObjectReader::fail("format", std::string("is not \"") + BundleManifest::kFormat + "\"");
  const int64_t version = reader.integer("format_version");
  if (version != BundleManifest::kFormatVersion)
    ObjectReader::fail("format_version", std::to_string(version) + " is not supported (this build reads " +
                                             std::to_string(BundleManifest::kFormatVersion) + ")");
  BundleManifest m;
  m.id = reader.string("id");
  m.name = reader.string("name");
  m.version = reader.string("version");
  m.created = reader.string("created");

  ObjectReader model = reader.object("model");
  m.ctvit = parse_nested("model.ctvit", [&] { return CtVitConfig::from_json(model.required("ctvit")); });
  m.head = parse_head(model.object("head"));
  ObjectReader text = model.object("text");
  m.text.bert = parse_bert(text.required("bert"), "model.text.bert");
  m.text.max_length = text.integer("max_length");
  m.text.lower_case = text.boolean("lower_case");
  text.finish();
  m.latent_size = model.integer("latent_size");
  m.input_slices = model.optional("input_slices") ? model.integer("input_slices") : default_input_slices(m.ctvit);
  model.finish();

  m.input_path = reader.string("input_path");
  parse_thresholds(reader.object("thresholds"), m);
  ObjectReader training = reader.object("training_data");
  m.training_description = training.string("description");
  m.training_cases = training.integer("cases");
  training.finish();
  parse_metrics(reader.required("metrics"), m);
  m.synthetic_training = reader.boolean("synthetic_training");
  m.notice = reader.string("notice");
  if (reader.optional("provenance")) m.provenance = parse_provenance(reader.object("provenance"));

  ObjectReader files = reader.object("files");
  for (const auto& item : files.value().items()) {
    ObjectReader file(item.value(), "files." + item.key());
    BundleFile entry{file.string("sha256"), 0};
    const int64_t bytes = file.integer("bytes");
    if (bytes < 0) ObjectReader::fail("files." + item.key() + ".bytes", "is negative");
    entry.bytes = static_cast<std::uint64_t>(bytes);
    file.finish();
    m.files[item.key()] = entry;
    files.optional(item.key());  // mark as used
  }
  files.finish();
  reader.finish();
  m.validate();
  return m;
}

bool is_plain_file_name(const std::string& name) {
  return !name.empty() && name != "." && name != ".." && name != "manifest.json" &&
         name.find_first_of("/\\") == std::string::npos && name.find('\0') == std::string::npos;
}

bool is_sha256_hex(const std::string& text) {
  return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

bool is_identifier(const std::string& text) {
  return !text.empty() && text.size() <= 128 &&
         text.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") ==
             std::string::npos;
}

// "YYYY-MM-DDTHH:MM:SSZ" (UTC), the only form the writer produces.
bool is_utc_timestamp(const std::string& t) {
  static const std::string pattern = "dddd-dd-ddTdd:dd:ddZ";
  if (t.size() != pattern.size()) return false;
  for (std::size_t i = 0; i < t.size(); ++i)
    if (pattern[i] == 'd' ? !(t[i] >= '0' && t[i] <= '9') : t[i] != pattern[i]) return false;
  return true;
}

// Nesting depth of arrays/objects, ignoring brackets inside strings; stops early past `limit`.
int nesting_depth(const std::uint8_t* data, std::size_t size, int limit) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (std::size_t i = 0; i < size && deepest <= limit; ++i) {
    const char c = static_cast<char>(data[i]);
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

}  // namespace

int64_t default_input_slices(const CtVitConfig& ctvit) {
  const int64_t patch = std::max<int64_t>(1, ctvit.temporal_patch_size);
  return std::max(patch, ctvit.image_size / 2 / patch * patch);
}

void BundleManifest::validate_content() const {
  auto fail = [](const std::string& path, const std::string& problem) { ObjectReader::fail(path, problem); };
  if (!is_identifier(id)) fail("id", "must be 1–128 characters of letters, digits, '.', '_' or '-'");
  if (name.empty()) fail("name", "is empty");
  if (version.empty()) fail("version", "is empty");
  if (!is_utc_timestamp(created)) fail("created", "is not a UTC time like 2026-11-28T06:00:00Z");
  ctvit.validate();
  head.validate();
  text.bert.validate();
  const int64_t pooled = ctvit.grid_size() * ctvit.grid_size() * ctvit.dim;
  if (head.input_size != pooled)
    fail("model.head.input_size", std::to_string(head.input_size) + " is not the CT-ViT pooled feature size " +
                                      std::to_string(pooled) + " (grid² · dim)");
  if (latent_size < 1) fail("model.latent_size", "must be positive");
  if (head.output_size != latent_size) fail("model.head.output_size", "differs from model.latent_size");
  if (input_slices < ctvit.temporal_patch_size || input_slices > 4096 || input_slices % ctvit.temporal_patch_size != 0)
    fail("model.input_slices", std::to_string(input_slices) + " is not a positive multiple of the temporal patch size " +
                                   std::to_string(ctvit.temporal_patch_size) + " (at most 4096)");
  if (text.max_length < 2 || text.max_length > text.bert.max_position_embeddings)
    fail("model.text.max_length", "must be between 2 and the BERT max_position_embeddings");
  if (input_path != "compressed" && input_path != "uncompressed")
    fail("input_path", "must be \"compressed\" or \"uncompressed\"");
  if (threshold_score != "present_probability" && threshold_score != "similarity_difference")
    fail("thresholds.score", "must be \"present_probability\" or \"similarity_difference\"");
  std::set<std::string> seen;
  for (const auto& t : thresholds) {
    if (t.finding.empty()) fail("thresholds.findings", "has an empty finding name");
    if (!seen.insert(t.finding).second) fail("thresholds.findings", "repeats \"" + t.finding + "\"");
    if (!std::isfinite(t.threshold)) fail("thresholds.findings", "\"" + t.finding + "\" has a non-finite threshold");
  }
  if (training_cases < 0) fail("training_data.cases", "is negative");
  if (synthetic_training && notice.empty())
    fail("notice", "must explain that the model was trained on synthetic data");
  if (provenance) {
    if (!is_utc_timestamp(provenance->registered)) fail("provenance.registered", "is not a UTC time like 2026-11-28T06:00:00Z");
    if (!provenance->trained.empty() && !is_utc_timestamp(provenance->trained))
      fail("provenance.trained", "is not a UTC time like 2026-11-28T06:00:00Z");
    if (provenance->evaluation && provenance->evaluation->cases < 0) fail("provenance.evaluation.cases", "is negative");
  }
}

void BundleManifest::validate() const {
  validate_content();
  auto fail = [](const std::string& path, const std::string& problem) { ObjectReader::fail(path, problem); };
  for (const char* required : {kWeightsFile, kVocabularyFile})
    if (!files.count(required)) fail("files", std::string("does not list ") + required);
  for (const auto& [file, entry] : files) {
    if (!is_plain_file_name(file)) fail("files." + file, "is not a plain file name inside the bundle");
    if (!is_sha256_hex(entry.sha256)) fail("files." + file + ".sha256", "is not 64 lower-case hex digits");
  }
}

nlohmann::json BundleManifest::to_json() const {
  json finding_thresholds = json::array();
  for (const auto& t : thresholds) finding_thresholds.push_back({{"finding", t.finding}, {"threshold", t.threshold}});
  json metric_groups = json::object();
  for (const auto& [group, values] : metrics)
    for (const auto& [metric, value] : values)
      metric_groups[group][metric] = std::isfinite(value) ? json(value) : json(nullptr);
  json file_entries = json::object();
  for (const auto& [file, entry] : files) file_entries[file] = {{"sha256", entry.sha256}, {"bytes", entry.bytes}};
  json out = {
      {"format", kFormat},
      {"format_version", kFormatVersion},
      {"id", id},
      {"name", name},
      {"version", version},
      {"created", created},
      {"model",
       {{"ctvit", ctvit.to_json()},
        {"head",
         {{"type", head_type_name(head.type)},
          {"input_size", head.input_size},
          {"output_size", head.output_size},
          {"rank", head.rank},
          {"block_size", head.block_size},
          {"normalize_cores", head.normalize_cores},
          {"bias", head.bias}}},
        {"text", {{"bert", text.bert.to_json()}, {"max_length", text.max_length}, {"lower_case", text.lower_case}}},
        {"latent_size", latent_size},
        {"input_slices", input_slices}}},
      {"input_path", input_path},
      {"thresholds", {{"score", threshold_score}, {"findings", finding_thresholds}}},
      {"training_data", {{"description", training_description}, {"cases", training_cases}}},
      {"metrics", metric_groups},
      {"synthetic_training", synthetic_training},
      {"notice", notice},
      {"files", file_entries},
  };
  if (provenance) out["provenance"] = provenance_to_json(*provenance);
  return out;
}

BundleManifest parse_bundle_manifest(const nlohmann::json& json, const std::string& source) {
  try {
    return parse_manifest_object(json);
  } catch (const std::invalid_argument& e) {
    throw core::InputError(source, e.what());
  } catch (const nlohmann::json::exception& e) {
    throw core::InputError(source, e.what());
  }
}

BundleManifest parse_bundle_manifest(const std::uint8_t* data, std::size_t size, const std::string& source) {
  if (size > kMaxManifestBytes)
    throw core::InputError(source, "manifest is " + std::to_string(size) + " bytes, more than the " +
                                       std::to_string(kMaxManifestBytes) + " allowed");
  if (nesting_depth(data, size, 32) > 32) throw core::InputError(source, "manifest is nested too deeply");
  json parsed;
  try {
    parsed = json::parse(data, data + size);
  } catch (const json::exception& e) {
    throw core::InputError(source, std::string("manifest is not valid JSON: ") + e.what());
  }
  return parse_bundle_manifest(parsed, source);
}

}  // namespace ctlite::ai
