#include "app/cli/commands/train_fast_stage.h"

#include <filesystem>

#include "ai/training/stages/ctvit_tower.h"
#include "ai/training/stages/distillation_task.h"
#include "app/cli/commands/stage_model.h"
#include "app/cli/commands/train_model_inputs.h"
#include "app/cli/commands/train_options.h"

namespace ctlite::cli::train {
namespace {
namespace fs = std::filesystem;
using nlohmann::json;

json weights_json(const ai::FastLossWeights& w) {
  return {{"attention", w.attention}, {"feature_self", w.feature_self},
          {"feature_cross", w.feature_cross}, {"hidden", w.hidden}, {"output", w.output}};
}

}  // namespace

ai::FastLossOptions fast_loss_options(const Arguments& args) {
  ai::FastLossOptions options;
  const std::string preset = args.value_or("--distillation", "fast");
  if (preset == "fast") options.weights = ai::FastLossWeights::fast();
  else if (preset == "naive-kd") options.weights = ai::FastLossWeights::naive_kd();
  else if (preset == "feature-kd") options.weights = ai::FastLossWeights::feature_kd();
  else throw UsageError("--distillation must be fast, naive-kd or feature-kd, got '" + preset + "'");
  if (args.has("--no-attention-loss")) options.weights.attention = 0;
  if (args.has("--no-feature-loss")) options.weights.feature_self = options.weights.feature_cross = 0;
  if (args.has("--no-self-attention-loss")) options.weights.feature_self = 0;
  if (args.has("--no-cross-attention-loss")) options.weights.feature_cross = 0;
  if (args.has("--no-output-loss")) options.weights.output = 0;
  const std::string match = args.value_or("--attention-match", "gram");
  if (match == "gram") options.attention_match = ai::AttentionMatch::kGram;
  else if (match == "maps") options.attention_match = ai::AttentionMatch::kMaps;
  else throw UsageError("--attention-match must be gram or maps, got '" + match + "'");
  return options;
}

StageRun build_fast(const Arguments& args, const torch::Device& device) {
  StageRun run;
  run.trainer = trainer_options(args, 1, 4);
  LoadedEncoder teacher = load_encoder(args.required("--teacher"), args);
  // Seeded again so that the student's start depends on --seed alone, not on what building the
  // teacher drew: every ablation variant of one seed starts from the same student.
  torch::manual_seed(run.trainer.seed);
  auto student_model = ai::CtVit(teacher.config);
  ai::copy_codebook(*teacher.model, *student_model);
  auto teacher_tower = std::make_shared<ai::CtVitTower>(teacher.model, false);
  auto student_tower = std::make_shared<ai::CtVitTower>(student_model, true);
  ai::DistillationTaskOptions options;
  options.loss = fast_loss_options(args);
  options.device = device;
  options.mup_base_fan_in = run.trainer.mup_base_fan_in;
  run.task = std::make_unique<ai::DistillationTask>(teacher_tower, student_tower, options);
  run.samples.volume = run.samples.compressed = true;
  run.samples.slices = network_slices(args, teacher.config);
  run.samples.size = teacher.config.image_size;
  run.description = {{"stage", "fast"},
                     {"input", "compressed"},
                     {"ctvit_config", teacher.config.to_json()},
                     {"teacher", fs::absolute(teacher.source).string()},
                     {"distillation_weights", weights_json(options.loss.weights)},
                     {"attention_match", args.value_or("--attention-match", "gram")}};
  auto description = run.description;
  run.write_model = [student_tower, description](const std::string& dir, ai::TrainingReporter&,
                                                 const Progress&) {
    StageModel model;
    model.description = description;
    model.weights = student_tower->state_dict().on_cpu("visual.");
    write_stage_model(dir, model);
  };
  return run;
}

}  // namespace ctlite::cli::train
