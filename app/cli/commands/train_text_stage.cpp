#include "app/cli/commands/train_text_stage.h"

#include <filesystem>

#include "ai/scoring/zero_shot_prompts.h"
#include "ai/training/stages/contrastive_model.h"
#include "ai/training/stages/text_label_task.h"
#include "ai/training/training_vocabulary.h"
#include "app/cli/commands/stage_model.h"
#include "app/cli/commands/train_options.h"
#include "core/common/errors.h"

namespace ctlite::cli::train {
namespace {
namespace fs = std::filesystem;
using nlohmann::json;

json text_config_json(const ai::TextTowerConfig& config) {
  return {{"bert", config.bert.to_json()}, {"max_length", config.max_length},
          {"lower_case", config.lower_case}};
}

}  // namespace

std::vector<std::string> from_scratch_vocabulary(const TrainingDataset& training) {
  std::vector<std::string> corpus;
  for (const auto& r : training.records) corpus.push_back(r.report);
  for (const auto& p : ai::zero_shot_prompts(ai::ct_rate_finding_names())) corpus.push_back(p);
  return ai::build_training_vocabulary(corpus);
}

StageRun build_text(const Arguments& args, const torch::Device& device, const TrainingDataset& training) {
  if (!training.records.empty() && training.records.front().labels.empty())
    throw core::InputError(training.root, "the text stage needs labels for its reports");
  StageRun run;
  run.trainer = trainer_options(args, 16, 1);
  ai::TextTowerConfig config;
  if (auto path = args.value("--text-config")) config.bert = ai::BertConfig::from_file(*path);
  config.max_length = whole(args, "--text-max-length", 512, 2);
  const std::int64_t latent = whole(args, "--latent", 512, 1);
  const std::vector<std::string> vocabulary = from_scratch_vocabulary(training);
  ai::TextLabelTaskOptions options;
  options.findings = ai::ct_rate_finding_names();
  options.device = device;
  options.prompt_weight = args.number_or("--prompt-weight", 1.0);
  if (options.prompt_weight < 0.0) throw UsageError("--prompt-weight must not be negative");
  auto task = std::make_shared<ai::TextLabelTask>(ai::make_text_tower(config, vocabulary), latent, options);
  run.task = task;
  run.samples.volume = run.samples.compressed = false;  // reports and labels only
  run.description = {{"stage", "text"},
                     {"text", text_config_json(config)},
                     {"latent_size", latent},
                     {"findings", options.findings},
                     {"vocabulary", vocabulary}};
  const json description = run.description;
  run.write_model = [task, description](const std::string& dir, ai::TrainingReporter&, const Progress&) {
    StageModel model;
    model.description = description;
    model.weights = task->state_dict().on_cpu();
    write_stage_model(dir, model);
  };
  return run;
}

TrainedTextTower read_trained_text_tower(const std::string& path) {
  const StageModel model = read_stage_model(path);
  const json& d = model.description;
  if (d.value("stage", "") != "text")
    throw core::InputError(path, "not a `ctlite train text` output (stage '" + d.value("stage", "") + "')");
  TrainedTextTower out;
  try {
    out.config.bert = ai::BertConfig::from_json(d.at("text").at("bert"));
    out.config.max_length = d.at("text").at("max_length").get<std::int64_t>();
    out.config.lower_case = d.at("text").at("lower_case").get<bool>();
    out.latent_size = d.at("latent_size").get<std::int64_t>();
    out.vocabulary = d.at("vocabulary").get<std::vector<std::string>>();
  } catch (const std::exception& e) {
    throw core::InputError(path, std::string("model.json: ") + e.what());
  }
  if (out.vocabulary.empty() || out.latent_size < 1)
    throw core::InputError(path, "model.json: empty vocabulary or latent size");
  for (const auto& e : model.weights)
    if (e.name.rfind("text.", 0) == 0 || e.name == "text_projection.weight") out.weights.insert(e.name, e.tensor);
  if (!out.weights.contains("text_projection.weight"))
    throw core::InputError(path, "weights: no text_projection.weight");
  return out;
}

}  // namespace ctlite::cli::train
