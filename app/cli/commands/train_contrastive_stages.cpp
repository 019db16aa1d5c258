#include "app/cli/commands/train_contrastive_stages.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "ai/bundle/model_bundle.h"
#include "ai/heads/projection_head.h"
#include "ai/scoring/zero_shot_prompts.h"
#include "ai/training/stages/contrastive_model.h"
#include "app/cli/commands/stage_model.h"
#include "app/cli/commands/train_contrastive_run.h"
#include "app/cli/commands/train_model_inputs.h"
#include "app/cli/commands/train_options.h"
#include "app/cli/commands/train_text_stage.h"
#include "core/common/errors.h"

namespace ctlite::cli::train {
namespace {
namespace fs = std::filesystem;

ai::ContrastiveTaskOptions contrastive_options(const std::string& stage, const std::string& input,
                                               const torch::Device& device, const Arguments& args,
                                               const ai::CtVitConfig& ctvit) {
  ai::ContrastiveTaskOptions options;
  options.stage = stage;
  options.input = input == "uncompressed" ? "volume" : "compressed";
  options.device = device;
  options.mup_base_fan_in = whole(args, "--mup-base-fan-in", 0, 0);
  options.prompt_fraction = args.number_or("--prompt-fraction", 0.0);
  if (options.prompt_fraction < 0.0 || options.prompt_fraction > 1.0)
    throw UsageError("--prompt-fraction must lie in [0, 1]");
  options.findings = ai::ct_rate_finding_names();
  options.label_matched_prompts = !args.has("--diagonal-targets");
  options.prompt_pair_weight = args.number_or("--prompt-pair-weight", 0.0);
  options.codebook_ema = args.has("--codebook-ema");
  if (options.codebook_ema && !ctvit.quantises())
    throw UsageError("--codebook-ema needs a CT-ViT with a codebook (its codebook_size is 0)");
  if (options.prompt_pair_weight < 0.0) throw UsageError("--prompt-pair-weight must not be negative");
  // From-scratch teachers only (contrastive_task.h); folded into the head's bias in the bundle.
  options.standardize_features = stage == "teacher" && args.has("--standardize-features");
  return options;
}

}  // namespace

// teacher: a CT-ViT (--config), a BERT (--text-config, vocabulary built from the training
// reports and the zero-shot prompts) or the text tower of a `ctlite train text` output
// (--text-init, locked with --freeze-text), a dense head, all trained on uncompressed input.
StageRun build_teacher(const Arguments& args, const torch::Device& device,
                       const TrainingDataset& training) {
  ContrastiveStage stage;
  stage.manifest.ctvit = config_from_arguments(args);
  std::optional<TrainedTextTower> text;
  if (auto path = args.value("--text-init")) {
    for (const char* option : {"--text-config", "--text-max-length", "--latent"})
      if (args.value(option))
        throw UsageError(std::string(option) + " comes from --text-init; leave it out");
    text = read_trained_text_tower(*path);
    stage.manifest.text = text->config;
    stage.manifest.latent_size = text->latent_size;
    stage.vocabulary = text->vocabulary;
  } else {
    if (args.has("--freeze-text")) throw UsageError("--freeze-text needs --text-init");
    if (auto path = args.value("--text-config")) stage.manifest.text.bert = ai::BertConfig::from_file(*path);
    stage.manifest.text.max_length = whole(args, "--text-max-length", 512, 2);
    stage.manifest.latent_size = whole(args, "--latent", 512, 1);
    stage.vocabulary = from_scratch_vocabulary(training);
  }
  stage.manifest.head.type = ai::HeadType::Dense;
  stage.manifest.head.input_size = stage.manifest.ctvit.grid_size() * stage.manifest.ctvit.grid_size() *
                                   stage.manifest.ctvit.dim;
  stage.manifest.head.output_size = stage.manifest.latent_size;
  stage.manifest.head.block_size = stage.manifest.ctvit.dim;
  stage.manifest.head.bias = args.has("--standardize-features");  // the folded mean lands here
  stage.manifest.input_path = "uncompressed";
  stage.manifest.text.bert.vocab_size = static_cast<std::int64_t>(stage.vocabulary.size());
  ai::ContrastiveTaskOptions options =
      contrastive_options("teacher", "uncompressed", device, args, stage.manifest.ctvit);
  options.train_text = options.train_text_projection = !args.has("--freeze-text");
  // The bias is learnt from its start value; the prior of the batch actually used lets a small
  // batch leave the chance plateau (siglip_loss.h). naive and sfp inherit the teacher's.
  const std::int64_t batch = std::max<std::int64_t>(2, whole(args, "--batch-size", 4, 1));
  options.logit_bias_init = args.number_or("--logit-bias-init", ai::siglip_prior_bias(batch));
  stage.task = ai::make_contrastive_task(stage.manifest, stage.vocabulary, options);
  nlohmann::json description = {{"stage", "teacher"}};
  if (text) {
    stage.task->load_state_dict(ai::replace_entries(stage.task->state_dict(), text->weights,
                                                    {"text.", "text_projection."}));
    description["text_init"] = fs::absolute(*args.value("--text-init")).string();
    description["text_frozen"] = args.has("--freeze-text");
  }
  return contrastive_run(args, std::move(stage), training, description);
}

// naive: the whole teacher bundle fine-tuned on compressed input (the paper's baseline).
StageRun build_naive(const Arguments& args, const torch::Device& device,
                     const TrainingDataset& training) {
  const std::string teacher_path = args.required("--teacher");
  if (!is_bundle(teacher_path))
    throw core::InputError(teacher_path, "not a bundle (a `ctlite train teacher` output)");
  const ai::ModelBundle teacher = ai::read_model_bundle(bundle_folder(teacher_path));
  ContrastiveStage stage;
  stage.manifest = teacher.manifest;
  stage.manifest.input_path = "compressed";
  stage.manifest.thresholds.clear();
  stage.manifest.metrics.clear();
  stage.vocabulary = teacher.tokenizer.tokens();
  stage.task = ai::make_contrastive_task(
      stage.manifest, stage.vocabulary,
      contrastive_options("naive", "compressed", device, args, stage.manifest.ctvit),
      &teacher.weights);
  return contrastive_run(args, std::move(stage), training,
                         {{"stage", "naive"}, {"teacher", fs::absolute(teacher_path).string()}});
}

// sfp: the FAST student (--student, frozen) + an SFP head of rank --rank initialised from the
// teacher's dense head by SVD + the teacher's text tower (frozen) and text projection.
StageRun build_sfp(const Arguments& args, const torch::Device& device,
                   const TrainingDataset& training) {
  const std::string teacher_path = args.required("--teacher");
  if (!is_bundle(teacher_path))
    throw core::InputError(teacher_path, "not a bundle (a `ctlite train teacher` output)");
  const ai::ModelBundle teacher = ai::read_model_bundle(bundle_folder(teacher_path));
  const std::string student_path = args.required("--student");
  if (!is_stage_model(student_path))
    throw core::InputError(student_path, "not a `ctlite train fast` output");
  const StageModel student = read_stage_model(student_path);
  if (ai::CtVitConfig::from_json(student.description.at("ctvit_config")).to_json() !=
      teacher.manifest.ctvit.to_json())
    throw core::InputError(student_path, "its CT-ViT configuration differs from the teacher's");

  ContrastiveStage stage;
  stage.manifest = teacher.manifest;
  stage.manifest.input_path = "compressed";
  stage.manifest.thresholds.clear();
  stage.manifest.metrics.clear();
  stage.manifest.head.type = ai::HeadType::Sfp;
  stage.manifest.head.rank = whole(args, "--rank", 4, 1);
  stage.manifest.head.block_size = stage.manifest.ctvit.dim;
  stage.vocabulary = teacher.tokenizer.tokens();
  ai::ContrastiveTaskOptions options =
      contrastive_options("sfp", "compressed", device, args, stage.manifest.ctvit);
  options.train_visual = false;
  options.train_text = false;
  stage.task = ai::make_contrastive_task(stage.manifest, stage.vocabulary, options);
  double relative_error = -1.0;
  if (teacher.manifest.head.type == ai::HeadType::Dense)
    relative_error = stage.task->head().initialize_from_linear_weight(teacher.weights.at("head.weight"));
  ai::StateDict start = ai::replace_entries(stage.task->state_dict(), teacher.weights,
                                            {"text.", "text_projection.", "logit_", "head.bias"});
  start = ai::replace_entries(start, student.weights, {"visual."});
  stage.task->load_state_dict(start);
  // The cost side of the rank sweep (docs/TRAINING.md), beside the dense head SFP replaces.
  const auto cost_json = [](const ai::HeadCost& cost) {
    return nlohmann::json{{"parameters", cost.parameters}, {"flops_per_row", cost.flops_per_row}};
  };
  ai::HeadConfig dense = stage.manifest.head;
  dense.type = ai::HeadType::Dense;
  const nlohmann::json head_cost = cost_json(ai::head_cost(stage.manifest.head));
  const nlohmann::json dense_head_cost = cost_json(ai::head_cost(dense));
  return contrastive_run(args, std::move(stage), training,
                         {{"stage", "sfp"},
                          {"teacher", fs::absolute(teacher_path).string()},
                          {"student", fs::absolute(student_path).string()},
                          {"svd_relative_error", relative_error},
                          {"head_cost", head_cost},
                          {"dense_head_cost", dense_head_cost}});
}

}  // namespace ctlite::cli::train
