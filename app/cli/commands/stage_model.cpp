#include "app/cli/commands/stage_model.h"

#include <filesystem>
#include <fstream>

#include "ai/io/json_file.h"
#include "ai/io/safetensors.h"
#include "core/common/errors.h"
#include "core/io/atomic_output.h"

namespace ctlite::cli {
namespace fs = std::filesystem;
namespace {

constexpr const char* kFormat = "ctlite-stage-model";

fs::path model_folder(const std::string& path) {
  const fs::path p(path);
  if (fs::is_regular_file(p / "model.json")) return p;
  if (fs::is_regular_file(p / "model" / "model.json")) return p / "model";
  throw core::InputError(path, "no model.json here or in model/ (not a `ctlite train` output)");
}

}  // namespace

bool is_stage_model(const std::string& path) {
  const fs::path p(path);
  return fs::is_regular_file(p / "model.json") || fs::is_regular_file(p / "model" / "model.json");
}

void write_stage_model(const std::string& dir, const StageModel& model) {
  auto output = core::AtomicOutput::new_folder(dir);
  const fs::path temp(output.temp_path());
  ai::write_safetensors((temp / "weights.safetensors").string(), model.weights);
  nlohmann::json description = model.description;
  description["format"] = kFormat;
  std::ofstream out(temp / "model.json");
  out << description.dump(2) << "\n";
  out.close();
  if (!out) throw core::OutputError((fs::path(dir) / "model.json").string(), "cannot write");
  output.commit();
}

StageModel read_stage_model(const std::string& path) {
  const fs::path folder = model_folder(path);
  const std::string json_path = (folder / "model.json").string();
  StageModel model;
  model.description = ai::read_json_file(json_path, "the stage model description");
  if (model.description.value("format", "") != kFormat)
    throw core::InputError(json_path, "not a CT-Lite stage model description");
  model.weights = ai::read_safetensors((folder / "weights.safetensors").string()).tensors;
  return model;
}

}  // namespace ctlite::cli
