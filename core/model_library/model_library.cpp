#include "core/model_library/model_library.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/common/errors.h"
#include "core/common/utc_timestamp.h"
#include "core/io/atomic_output.h"
#include "core/io/json_file.h"

namespace ctlite::core {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kManifestFile = "manifest.json";
constexpr std::uint64_t kMaxManifestBytes = 4u << 20;  // the engine's own limit (bundle_manifest.h)

json read_manifest(const fs::path& folder) {
  const std::string path = (folder / kManifestFile).string();
  const json manifest = read_json_file(path, kMaxManifestBytes, "manifest");
  if (!manifest.is_object() || manifest.value("format", std::string()) != "ctlite-model-bundle")
    throw InputError(path, "not a CT-Lite model bundle manifest (format is not \"ctlite-model-bundle\")");
  return manifest;
}

std::string string_field(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

LibraryModel describe(const fs::path& folder) {
  LibraryModel model;
  model.id = folder.filename().string();
  model.path = fs::absolute(folder).lexically_normal().string();
  try {
    const json manifest = read_manifest(folder);
    model.manifest_id = string_field(manifest, "id");
    model.name = string_field(manifest, "name");
    model.version = string_field(manifest, "version");
    model.created = string_field(manifest, "created");
    model.notice = string_field(manifest, "notice");
    model.synthetic_training = manifest.value("synthetic_training", false);
    model.registered = manifest.contains("provenance");
    const json* macro = manifest.contains("metrics") && manifest["metrics"].contains("macro")
                            ? &manifest["metrics"]["macro"] : nullptr;
    if (macro && macro->contains("auroc") && (*macro)["auroc"].is_number())
      model.macro_auroc = (*macro)["auroc"].get<double>();
  } catch (const std::exception& e) {
    model.problem = e.what();
  }
  if (model.name.empty()) model.name = model.id;
  return model;
}

// Folder names from manifest fields: keep the identifier characters the manifest schema allows.
std::string folder_name_part(const std::string& text) {
  std::string out;
  for (char c : text)
    out += (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-') ? c : '_';
  while (!out.empty() && out.front() == '.') out.erase(out.begin());  // never a hidden folder
  return out.empty() ? "model" : out;
}

json optional_number(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

// The manifest's "files" map names every file of the bundle with its size; only those are
// copied, so stray files (logs, editor backups) never travel into the library.
std::vector<std::string> checked_bundle_files(const json& manifest, const fs::path& folder) {
  const std::string manifest_path = (folder / kManifestFile).string();
  if (!manifest.contains("files") || !manifest["files"].is_object() || manifest["files"].empty())
    throw InputError(manifest_path, "files: the manifest lists no bundle files");
  std::vector<std::string> names;
  for (const auto& item : manifest["files"].items()) {
    const std::string& name = item.key();
    if (name.empty() || name == kManifestFile || name.find_first_of("/\\") != std::string::npos || name == "." ||
        name == "..")
      throw InputError(manifest_path, "files." + name + " is not a plain file name inside the bundle");
    const fs::path file = folder / name;
    std::error_code error;
    if (!fs::is_regular_file(file, error)) throw InputError(file.string(), "listed in the manifest but missing");
    const auto bytes = fs::file_size(file, error);
    const json& expected = item.value().is_object() ? item.value().value("bytes", json()) : json();
    if (error || !expected.is_number_unsigned() || bytes != expected.get<std::uint64_t>())
      throw InputError(file.string(), "size " + std::to_string(bytes) + " bytes differs from the manifest's " +
                                          expected.dump());
    names.push_back(name);
  }
  return names;
}

void write_evaluation(json& manifest, const EvaluationReport& evaluation) {
  json metrics = json::object();
  json thresholds = json::array();
  for (const FindingMetrics& f : evaluation.findings) {
    metrics[f.finding] = {{"auroc", optional_number(f.auroc)},
                          {"weighted_f1", f.weighted_f1},
                          {"accuracy", f.accuracy},
                          {"threshold", f.threshold}};
    thresholds.push_back({{"finding", f.finding}, {"threshold", f.threshold}});
  }
  metrics["macro"] = {{"auroc", optional_number(evaluation.macro_auroc)},
                      {"weighted_f1", evaluation.macro_weighted_f1},
                      {"accuracy", evaluation.macro_accuracy}};
  manifest["metrics"] = metrics;
  // `ctlite evaluate` decides on the present probability, with the bundle's thresholds or the
  // Youden ones it calibrated; either way these are the thresholds the metrics above used.
  manifest["thresholds"] = {{"score", "present_probability"}, {"findings", thresholds}};
}

json provenance(const std::string& source, const ModelLineage& lineage, const EvaluationReport* evaluation,
                const std::string& registered) {
  json out = {{"registered", registered}, {"source", source}, {"stages", lineage.stages}};
  if (!lineage.teacher.empty()) out["teacher"] = lineage.teacher;
  if (!lineage.data_path.empty()) out["data"] = lineage.data_path;
  if (!lineage.trained.empty()) out["trained"] = lineage.trained;
  if (evaluation)
    out["evaluation"] = {{"report", evaluation->source}, {"data", evaluation->data}, {"split", evaluation->split},
                         {"cases", evaluation->cases}, {"thresholds_from", evaluation->thresholds_from}};
  return out;
}

fs::path free_destination(const fs::path& root, const std::string& base) {
  fs::path candidate = root / base;
  for (int n = 2; fs::exists(fs::symlink_status(candidate)); ++n) candidate = root / (base + "-" + std::to_string(n));
  return candidate;
}

}  // namespace

std::vector<LibraryModel> list_model_bundles(const std::string& folder) {
  std::vector<LibraryModel> models;
  std::error_code error;
  if (folder.empty() || !fs::is_directory(folder, error)) return models;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, error)) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name.front() == '.' || !entry.is_directory(error)) continue;
    if (!fs::exists(entry.path() / kManifestFile, error)) continue;
    models.push_back(describe(entry.path()));
  }
  std::sort(models.begin(), models.end(), [](const LibraryModel& a, const LibraryModel& b) { return a.id < b.id; });
  return models;
}

ModelLibrary::ModelLibrary(std::string root) : root_(std::move(root)) {}

LibraryModel ModelLibrary::register_bundle(const std::string& bundle, const ModelLineage& lineage,
                                           const EvaluationReport* evaluation) const {
  const fs::path source = fs::absolute(bundle).lexically_normal();
  json manifest = read_manifest(source);
  const std::vector<std::string> files = checked_bundle_files(manifest, source);
  if (evaluation && !evaluation->model_id.empty() && evaluation->model_id != string_field(manifest, "id"))
    throw InputError(evaluation->source, "evaluates model \"" + evaluation->model_id + "\", not the bundle's \"" +
                                             string_field(manifest, "id") + "\" (" + source.string() + ")");

  std::error_code error;
  fs::create_directories(root_, error);
  if (error) throw OutputError(root_, "cannot create the model library folder: " + error.message());
  const fs::path destination = free_destination(
      root_, folder_name_part(string_field(manifest, "id")) + "-" + folder_name_part(string_field(manifest, "version")));

  auto output = AtomicOutput::new_folder(destination.string());
  const fs::path temp(output.temp_path());
  for (const std::string& name : files) {
    fs::copy_file(source / name, temp / name, error);
    if (error) throw OutputError(output.as_final((temp / name).string()), "cannot copy: " + error.message());
  }
  if (!lineage.data_description.empty()) manifest["training_data"]["description"] = lineage.data_description;
  if (evaluation) write_evaluation(manifest, *evaluation);
  manifest["provenance"] = provenance(source.string(), lineage, evaluation, utc_timestamp_now());
  {
    std::ofstream out(temp / kManifestFile);
    out << manifest.dump(2) << "\n";
    out.close();
    if (!out) throw OutputError((destination / kManifestFile).string(), "cannot write");
  }
  output.commit();
  return describe(destination);
}

}  // namespace ctlite::core
