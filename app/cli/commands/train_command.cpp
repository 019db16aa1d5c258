// `ctlite train STAGE --data PATH --out DIR`: the CT-Lite training stages on a data set of any
// layout of core/dataset/training_dataset.h, resumable, on CPU or CUDA, optionally data-parallel over several processes.

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <map>

#include "ai/bundle/model_bundle.h"
#include "ai/evaluation/zero_shot_evaluation.h"
#include "ai/models/ctvit/ctvit.h"
#include "ai/models/ctvit/ctvit_weights.h"
#include "ai/runtime/threading.h"
#include "ai/scoring/zero_shot_prompts.h"
#include "ai/training/data_parallel_group.h"
#include "ai/training/stages/contrastive_model.h"
#include "ai/training/stages/ctvit_tower.h"
#include "ai/training/stages/distillation_task.h"
#include "ai/training/trainer.h"
#include "ai/training/training_vocabulary.h"
#include "app/cli/command_registry.h"
#include "app/cli/commands/stage_model.h"
#include "app/cli/commands/training_samples.h"
#include "app/cli/commands/zero_shot_case_scores.h"
#include "core/common/errors.h"
#include "core/common/utc_timestamp.h"
#include "core/io/atomic_output.h"

extern char** environ;

namespace ctlite::cli {
namespace {
namespace fs = std::filesystem;
using nlohmann::json;

// ---- shared settings -----------------------------------------------------------------------

torch::Device parse_device(const std::string& name) {
  const torch::Device device(name);  // "cpu", "cuda", "cuda:1"
  if (device.is_cuda() && !torch::cuda::is_available())
    throw UsageError("--device " + name + ": this LibTorch build or machine has no CUDA device");
  return device;
}

std::int64_t whole(const Arguments& args, const std::string& option, std::int64_t fallback,
                   std::int64_t minimum) {
  const std::int64_t value = args.integer_or(option, fallback);
  if (value < minimum)
    throw UsageError(option + " must be at least " + std::to_string(minimum) + ", got " +
                     std::to_string(value));
  return value;
}

// Stage defaults: FAST accumulates single volumes (the paper's batch of 4), contrastive stages
// need the pairs of a batch together (in-batch negatives).
ai::TrainerOptions trainer_options(const Arguments& args, std::int64_t default_batch,
                                   std::int64_t default_accumulation) {
  ai::TrainerOptions o;
  o.output_dir = args.required("--out");
  o.total_steps = whole(args, "--steps", 1000, 1);
  o.micro_batch_size = whole(args, "--batch-size", default_batch, 1);
  o.accumulation_steps = whole(args, "--accumulation", default_accumulation, 1);
  o.schedule.base = args.number_or("--lr", 1e-4);
  o.schedule.minimum = args.number_or("--min-lr", o.schedule.base * 0.01);
  o.schedule.warmup_steps = whole(args, "--warmup", o.total_steps / 20, 0);
  o.mup = !args.has("--no-mup");
  o.mup_base_fan_in = whole(args, "--mup-base-fan-in", 0, 0);
  o.weight_decay = args.number_or("--weight-decay", 0.01);
  o.gradient_clip_norm = args.number_or("--clip-grad", 1.0);
  o.checkpoint_every = whole(args, "--checkpoint-every", 50, 1);
  o.keep_checkpoints = static_cast<int>(whole(args, "--keep", 3, 1));
  o.seed = static_cast<std::uint64_t>(whole(args, "--seed", 0, 0));
  o.shuffle = !args.has("--no-shuffle");
  o.resume = args.has("--resume");
  o.stop_after_steps = whole(args, "--stop-after", -1, -1);
  o.loader_threads = static_cast<int>(whole(args, "--loader-threads", 2, 1));
  try {
    o.schedule.total_steps = o.total_steps;
    o.schedule.validate();
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  return o;
}

std::shared_ptr<ai::PreprocessedVolumeCache> open_cache(const Arguments& args) {
  if (args.has("--no-cache")) return nullptr;
  std::string dir = args.value_or("--cache", "");
  if (dir.empty()) {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    const char* home = std::getenv("HOME");
    dir = xdg && *xdg ? std::string(xdg) + "/ctlite/preprocessed"
          : home      ? std::string(home) + "/.cache/ctlite/preprocessed"
                      : (fs::path(args.required("--out")) / "cache").string();
  }
  // A reports CSV names volumes relative to its folder: that folder is the input never written to.
  const std::string data = args.required("--data");
  ai::require_outside_input(dir, fs::is_regular_file(data) ? fs::absolute(data).parent_path().string() : data);
  return std::make_shared<ai::PreprocessedVolumeCache>(dir);
}

// ---- data parallelism: `--nproc N` re-launches this command as ranks 1..N-1 ------------------

struct ParallelRun {
  int rank = 0;
  int world = 1;
  int port = 0;
  std::vector<pid_t> children;
};

std::vector<std::string> own_command_line() {
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  std::vector<std::string> argv;
  for (std::string arg; std::getline(in, arg, '\0');) argv.push_back(arg);
  return argv;
}

ParallelRun start_parallel_run(const Arguments& args, const std::string& out) {
  ParallelRun run;
  run.world = static_cast<int>(whole(args, "--nproc", 1, 1));
  run.port = static_cast<int>(whole(args, "--master-port", 29500 + ::getpid() % 2000, 1));
  if (run.world == 1) return run;
  if (auto rank = args.value("--rank")) {  // a launched worker
    run.rank = static_cast<int>(whole(args, "--rank", 0, 1));
    return run;
  }
  // Share the cores: each process gets its part (LibTorch and OpenBLAS threads alike).
  const int threads = std::max(1, static_cast<int>(std::thread::hardware_concurrency()) / run.world);
  ::setenv("CTLITE_NUM_THREADS", std::to_string(threads).c_str(), 1);
  ai::configure_cpu_threads();
  fs::create_directories(fs::path(out) / "logs");
  const auto argv_strings = own_command_line();
  for (int rank = 1; rank < run.world; ++rank) {
    std::vector<std::string> argv = argv_strings;
    for (const std::string& extra : {std::string("--rank"), std::to_string(rank),
                                     std::string("--master-port"), std::to_string(run.port)})
      argv.push_back(extra);
    std::vector<char*> raw;
    for (auto& a : argv) raw.push_back(a.data());
    raw.push_back(nullptr);
    const std::string log = (fs::path(out) / "logs" / ("rank-" + std::to_string(rank) + ".log")).string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = 0;
    const int error = posix_spawn(&pid, "/proc/self/exe", &actions, nullptr, raw.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0)
      throw std::runtime_error("cannot start data-parallel rank " + std::to_string(rank) + ": " +
                               std::strerror(error));
    run.children.push_back(pid);
  }
  return run;
}

void finish_parallel_run(ParallelRun& run, const std::string& out) {
  for (std::size_t i = 0; i < run.children.size(); ++i) {
    int status = 0;
    ::waitpid(run.children[i], &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
      throw std::runtime_error("data-parallel rank " + std::to_string(i + 1) + " failed (see " +
                               (fs::path(out) / "logs").string() + ")");
  }
  run.children.clear();
}

// ---- cancellation: Ctrl-C / SIGTERM checkpoint and stop --------------------------------------

const Progress* g_progress = nullptr;
extern "C" void request_cancel(int) {
  if (g_progress) g_progress->cancel();
}

// ---- models ----------------------------------------------------------------------------------

ai::CtVitConfig config_from_arguments(const Arguments& args) {
  if (auto path = args.value("--config")) return ai::CtVitConfig::from_file(*path);
  return ai::CtVitConfig{};
}

// A bundle folder, or a training output holding one in model/.
bool is_bundle(const std::string& path) {
  return fs::is_regular_file(fs::path(path) / "manifest.json") ||
         fs::is_regular_file(fs::path(path) / "model" / "manifest.json");
}

std::string bundle_folder(const std::string& path) {
  return fs::is_regular_file(fs::path(path) / "manifest.json") ? path
                                                               : (fs::path(path) / "model").string();
}

struct LoadedEncoder {
  ai::CtVit model{nullptr};
  ai::CtVitConfig config;
  std::string source;
};

// A stage model folder (its CT-ViT and config), or a CT-ViT / CT-CLIP weights file with the
// config of --config (CT-CLIP's by default).
LoadedEncoder load_encoder(const std::string& path, const Arguments& args) {
  LoadedEncoder loaded;
  loaded.source = path;
  if (is_stage_model(path)) {
    const StageModel stage = read_stage_model(path);
    loaded.config = ai::CtVitConfig::from_json(stage.description.at("ctvit_config"));
    loaded.model = ai::CtVit(loaded.config);
    ai::load_ctvit_weights(*loaded.model, stage.weights.with_prefix_stripped("visual."), path);
  } else if (is_bundle(path)) {
    const ai::ModelBundle bundle = ai::read_model_bundle(bundle_folder(path));
    loaded.config = bundle.manifest.ctvit;
    loaded.model = ai::CtVit(loaded.config);
    ai::load_ctvit_weights(*loaded.model, bundle.weights.with_prefix_stripped("visual."), path);
  } else {
    if (!fs::is_regular_file(path)) throw core::InputError(path, "neither a training output nor a weights file");
    loaded.config = config_from_arguments(args);
    loaded.model = ai::CtVit(loaded.config);
    ai::load_ctvit_weights(*loaded.model, path);
  }
  return loaded;
}

std::int64_t network_slices(const Arguments& args, const ai::CtVitConfig& config) {
  const std::int64_t slices = whole(args, "--slices", 240, 1);
  if (slices % config.temporal_patch_size != 0)
    throw UsageError("--slices " + std::to_string(slices) + " is not a multiple of the temporal patch size " +
                     std::to_string(config.temporal_patch_size));
  return slices;
}

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

json weights_json(const ai::FastLossWeights& w) {
  return {{"attention", w.attention}, {"feature_self", w.feature_self},
          {"feature_cross", w.feature_cross}, {"hidden", w.hidden}, {"output", w.output}};
}

// ---- the run ---------------------------------------------------------------------------------

struct StageRun {
  std::shared_ptr<ai::TrainingTask> task;
  SampleOptions samples;
  ai::TrainerOptions trainer;
  // Writes the model folder once the last step is done (rank 0 only).
  std::function<void(const std::string& model_dir, ai::TrainingReporter& reporter,
                     const Progress& progress)>
      write_model;
  json description;
};

StageRun build_fast(const Arguments& args, const torch::Device& device) {
  StageRun run;
  run.trainer = trainer_options(args, 1, 4);
  LoadedEncoder teacher = load_encoder(args.required("--teacher"), args);
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
    for (const auto& e : student_tower->state_dict())
      model.weights.insert("visual." + e.name, e.tensor.cpu());
    write_stage_model(dir, model);
  };
  return run;
}

// ---- image-text stages (teacher, naive, sfp): their model folder is a CT-Lite bundle ---------

constexpr const char* kSyntheticNotice = "Trained on synthetic phantoms. Not for clinical use.";

ai::StateDict cpu_weights(const ai::StateDict& weights) {
  ai::StateDict out;
  for (const auto& e : weights) out.insert(e.name, e.tensor.cpu().contiguous());
  return out;
}

// Per-finding and macro numbers as the manifest stores them (NaN for undefined).
std::map<std::string, std::map<std::string, double>> manifest_metrics(
    const ai::ZeroShotEvaluation& evaluation) {
  std::map<std::string, std::map<std::string, double>> out;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  for (const auto& f : evaluation.findings)
    out[f.finding] = {{"auroc", f.auroc.value_or(nan)}, {"weighted_f1", f.weighted_f1},
                      {"accuracy", f.accuracy}, {"threshold", f.threshold}};
  out["macro"] = {{"auroc", evaluation.macro_auroc.value_or(nan)},
                  {"weighted_f1", evaluation.macro_weighted_f1},
                  {"accuracy", evaluation.macro_accuracy},
                  {"cases", static_cast<double>(evaluation.cases)}};
  return out;
}

struct ContrastiveStage {
  std::shared_ptr<ai::ContrastiveTask> task;
  ai::BundleManifest manifest;  // model part and input path filled in
  std::vector<std::string> vocabulary;
};

// Calibrates the decision thresholds (Youden's J per finding) on the validation split, records
// the metrics there, and writes the bundle.
void write_contrastive_bundle(const Arguments& args, const ContrastiveStage& stage,
                              const SampleOptions& samples, const TrainingDataset& training,
                              const std::string& dir, ai::TrainingReporter& reporter,
                              const Progress& progress) {
  ai::BundleManifest manifest = stage.manifest;
  manifest.id = args.value_or("--bundle-id", "ctlite-" + stage.task->stage());
  manifest.name = args.value_or("--bundle-name", "CT-Lite " + stage.task->stage() + " model");
  manifest.version = args.value_or("--bundle-version", "0.1.0");
  manifest.created = core::utc_timestamp_now();
  manifest.training_cases = static_cast<std::int64_t>(training.records.size());
  manifest.training_description =
      args.value_or("--data-description", std::string(core::training_data_layout_name(training.layout)) + " " +
                                              fs::absolute(training.root).string()) +
      "; stage " + stage.task->stage() + ", " + std::to_string(training.records.size()) +
      " training volumes (" + manifest.input_path + " input)";
  manifest.synthetic_training = !args.has("--real-data");
  manifest.notice = manifest.synthetic_training ? kSyntheticNotice : args.value_or("--notice", "");

  const std::string valid_split = args.value_or("--calibration-split", "valid");
  if (valid_split != "none") {
    const auto filter = core::make_report_sentence_filter(args.value_or("--report-filter", "rules"));
    auto valid = std::make_shared<TrainingDataset>(core::open_training_dataset(
        args.required("--data"), valid_split, *filter,
        static_cast<std::size_t>(whole(args, "--calibration-limit", 0, 0))));
    SampleOptions options = samples;
    options.training_variant = false;  // CT-CLIP's inference preprocessing, as the app scores
    TrainingSampleLoader loader(valid, options, open_cache(args));
    reporter.message("calibrating thresholds on " + std::to_string(valid->records.size()) + " " +
                     valid_split + " volumes");
    const CaseScores scored = score_cases(*stage.task, loader, valid->records.size(), progress);
    const ai::ZeroShotEvaluation evaluation =
        ai::evaluate_zero_shot(scored.findings, scored.scores, scored.labels);
    manifest.threshold_score = "present_probability";
    for (const auto& f : evaluation.findings) manifest.thresholds.push_back({f.finding, f.threshold});
    manifest.metrics = manifest_metrics(evaluation);
    reporter.message("validation macro AUROC " +
                     (evaluation.macro_auroc ? std::to_string(*evaluation.macro_auroc) : "undefined"));
  }
  ai::write_model_bundle(dir, manifest, cpu_weights(stage.task->bundle_state_dict()), stage.vocabulary);
}

StageRun contrastive_run(const Arguments& args, ContrastiveStage stage,
                         const TrainingDataset& training, json description) {
  StageRun run;
  run.trainer = trainer_options(args, 4, 1);
  run.samples.volume = stage.manifest.input_path == "uncompressed";
  run.samples.compressed = !run.samples.volume;
  run.samples.slices = network_slices(args, stage.manifest.ctvit);
  run.samples.size = stage.manifest.ctvit.image_size;
  description["input"] = stage.manifest.input_path;
  description["model"] = stage.manifest.to_json().at("model");
  run.description = description;
  run.task = stage.task;
  const SampleOptions samples = run.samples;
  run.write_model = [&args, stage, samples, &training](const std::string& dir,
                                                       ai::TrainingReporter& reporter,
                                                       const Progress& progress) {
    write_contrastive_bundle(args, stage, samples, training, dir, reporter, progress);
  };
  return run;
}

ai::ContrastiveTaskOptions contrastive_options(const std::string& stage, const std::string& input,
                                              const torch::Device& device, const Arguments& args) {
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
  if (options.prompt_pair_weight < 0.0) throw UsageError("--prompt-pair-weight must not be negative");
  // ---- teacher: --standardize-features (contrastive_task.h; folded into the head's bias) ----
  options.standardize_features = stage == "teacher" && args.has("--standardize-features");
  return options;
}

// teacher: a CT-ViT (--config), a BERT (--text-config, vocabulary built from the training
// reports and the zero-shot prompts), a dense head, all trained on uncompressed input.
StageRun build_teacher(const Arguments& args, const torch::Device& device,
                       const TrainingDataset& training) {
  ContrastiveStage stage;
  stage.manifest.ctvit = config_from_arguments(args);
  if (auto path = args.value("--text-config")) stage.manifest.text.bert = ai::BertConfig::from_file(*path);
  stage.manifest.text.max_length = whole(args, "--text-max-length", 512, 2);
  stage.manifest.latent_size = whole(args, "--latent", 512, 1);
  stage.manifest.head.type = ai::HeadType::Dense;
  stage.manifest.head.input_size = stage.manifest.ctvit.grid_size() * stage.manifest.ctvit.grid_size() *
                                   stage.manifest.ctvit.dim;
  stage.manifest.head.output_size = stage.manifest.latent_size;
  stage.manifest.head.block_size = stage.manifest.ctvit.dim;
  stage.manifest.head.bias = args.has("--standardize-features");  // the folded mean lands here
  stage.manifest.input_path = "uncompressed";
  std::vector<std::string> corpus;
  for (const auto& r : training.records) corpus.push_back(r.report);
  for (const auto& p : ai::zero_shot_prompts(ai::ct_rate_finding_names())) corpus.push_back(p);
  stage.vocabulary = ai::build_training_vocabulary(corpus);
  stage.manifest.text.bert.vocab_size = static_cast<std::int64_t>(stage.vocabulary.size());
  torch::manual_seed(static_cast<std::uint64_t>(whole(args, "--seed", 0, 0)));
  ai::ContrastiveTaskOptions options = contrastive_options("teacher", "uncompressed", device, args);
  // The bias is learnt from its start value; the prior of the batch actually used lets a small
  // batch leave the chance plateau (siglip_loss.h). naive and sfp inherit the teacher's.
  const std::int64_t batch = std::max<std::int64_t>(2, whole(args, "--batch-size", 4, 1));
  options.logit_bias_init = args.number_or("--logit-bias-init", ai::siglip_prior_bias(batch));
  stage.task = ai::make_contrastive_task(stage.manifest, stage.vocabulary, options);
  return contrastive_run(args, std::move(stage), training, {{"stage", "teacher"}});
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
  stage.task = ai::make_contrastive_task(stage.manifest, stage.vocabulary,
                                         contrastive_options("naive", "compressed", device, args),
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
  ai::ContrastiveTaskOptions options = contrastive_options("sfp", "compressed", device, args);
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
  return contrastive_run(args, std::move(stage), training,
                         {{"stage", "sfp"},
                          {"teacher", fs::absolute(teacher_path).string()},
                          {"student", fs::absolute(student_path).string()},
                          {"svd_relative_error", relative_error}});
}

void write_run_description(const std::string& out, const json& description) {
  fs::create_directories(out);
  const std::string path = (fs::path(out) / "run.json").string();
  // Atomic: a full disk left an empty run.json behind (reliability_training_test).
  core::AtomicOutput output = core::AtomicOutput::file(path);
  {
    std::ofstream file(output.temp_path());
    file << description.dump(2) << "\n";
    file.flush();
    if (!file) throw core::OutputError(path, "cannot write");
  }
  output.commit();
}

int run_train(const Arguments& args) {
  const std::string& stage = args.positional(0, "STAGE");
  if (args.positionals().size() > 1) throw UsageError("train takes one STAGE");
  const std::string data = args.required("--data");
  const std::string out = args.required("--out");
  const torch::Device device = parse_device(args.value_or("--device", "cpu"));
  ParallelRun parallel = start_parallel_run(args, out);

  const auto filter = core::make_report_sentence_filter(args.value_or("--report-filter", "rules"));
  auto dataset = std::make_shared<TrainingDataset>(core::open_training_dataset(
      data, args.value_or("--split", "train"), *filter,
      static_cast<std::size_t>(whole(args, "--limit", 0, 0))));

  StageRun run;
  if (stage == "fast") run = build_fast(args, device);
  else if (stage == "teacher") run = build_teacher(args, device, *dataset);
  else if (stage == "naive") run = build_naive(args, device, *dataset);
  else if (stage == "sfp") run = build_sfp(args, device, *dataset);
  else throw UsageError("unknown stage '" + stage + "' (teacher, fast, sfp or naive)");

  auto loader = std::make_shared<TrainingSampleLoader>(dataset, run.samples, open_cache(args));

  std::unique_ptr<ai::DataParallelGroup> group;
  if (parallel.world > 1)
    group = std::make_unique<ai::DataParallelGroup>(
        ai::DataParallelOptions{parallel.rank, parallel.world, "127.0.0.1", parallel.port, 600});
  if (parallel.rank == 0) {
    json description = run.description;
    description["data"] = fs::absolute(data).string();
    description["volumes"] = dataset->records.size();
    description["data_layout"] = core::training_data_layout_name(dataset->layout);
    description["labels_from_reports"] = dataset->labels_from_reports;
    description["device"] = device.str();
    write_run_description(out, description);
  }

  ai::ReporterOptions reporter_options;
  reporter_options.output_dir = out;
  reporter_options.json_to_stdout = args.has("--events") || args.has("--json");
  reporter_options.silent = parallel.rank != 0;
  reporter_options.memory_device = device.str();
  ai::TrainingReporter reporter(reporter_options);
  ai::Trainer trainer(run.trainer, reporter, group.get());

  Progress progress;
  g_progress = &progress;
  ::signal(SIGINT, request_cancel);
  ::signal(SIGTERM, request_cancel);
  const auto result = trainer.run(*run.task, static_cast<std::int64_t>(dataset->records.size()),
                                  [loader](std::int64_t i) { return loader->load(i); }, progress);
  g_progress = nullptr;

  const std::string model_dir = (fs::path(out) / "model").string();
  if (parallel.rank == 0 && result.finished) {
    if (fs::exists(model_dir)) {
      reporter.message("model already exported: " + model_dir);
    } else {
      run.write_model(model_dir, reporter, progress);
      reporter.message("model written to " + model_dir);
    }
  }
  if (parallel.rank == 0)
    reporter.finish({{"step", result.last_step}, {"finished", result.finished},
                     {"loss", result.last_loss}, {"checkpoint", result.last_checkpoint},
                     {"model", result.finished ? model_dir : ""}});
  finish_parallel_run(parallel, out);
  return 0;
}

const CommandRegistration registration{Command{
    "train",
    "train a CT-Lite stage (teacher, fast, sfp, naive) on a CT-RATE folder or a reports CSV",
    "ctlite train STAGE --data PATH --out DIR [options]\n"
    "  STAGE     teacher  CLIP/SigLIP pre-training of CT-ViT + text tower (uncompressed input)\n"
    "            fast     FAST distillation: frozen --teacher on uncompressed input, new student\n"
    "                     on the lung-window JPEG-Q90 input\n"
    "            sfp      SFP head + text projection, SigLIP, compressed input (--student)\n"
    "            naive    fine-tune --teacher on the compressed input (baseline)\n"
    "  --data PATH         a CT-RATE-layout folder (real or `ctlite synth`), or a reports CSV (or a\n"
    "                      folder holding reports.csv): volumes in any format + report, split,\n"
    "                      patient, optional 18 label columns and `compressed` JPEG stacks\n"
    "                      (paired layout); see docs/FINE_TUNING.md. --split train|valid, --limit N\n"
    "  --out DIR           checkpoints/, metrics.csv, metrics.jsonl, events.jsonl, run.json, model/\n"
    "  --steps N (1000)    optimizer updates; --batch-size N, --accumulation N (fast: 1 x 4)\n"
    "  --lr X (1e-4) --min-lr X (lr/100) --warmup N (5 %) --weight-decay X (0.01)\n"
    "  --clip-grad X (1)   --no-mup | --mup-base-fan-in N (per-block lr = lr·base/fan-in)\n"
    "  --checkpoint-every N (50) --keep N (3) --resume --stop-after N --seed N --no-shuffle\n"
    "  --device cpu|cuda[:i] --nproc N (data parallel, TCPStore) --master-port P\n"
    "  --cache DIR (~/.cache/ctlite/preprocessed) --no-cache --loader-threads N (2)\n"
    "  --slices N (240)    network input slices (H = W = the config's image size)\n"
    "  --report-filter rules|none   --events (JSON-lines progress on stdout; --json too)\n"
    "fast: --teacher PATH (training output or CT-ViT weights with --config JSON)\n"
    "      --distillation fast|naive-kd|feature-kd --attention-match gram|maps\n"
    "      --no-attention-loss --no-feature-loss --no-self-attention-loss\n"
    "      --no-cross-attention-loss --no-output-loss\n"
    "teacher: --config CTVIT.json --text-config BERT.json (HF config) --text-max-length N (512)\n"
    "      --latent N (512); vocabulary built from the training reports and zero-shot prompts\n"
    "teacher/naive/sfp: --prompt-fraction P (0): share of texts replaced by a finding's\n"
    "      zero-shot prompt per the volume's label (CT-CLIP's VocabFine); a prompt matches\n"
    "      every volume of the batch whose label agrees (--diagonal-targets: only its own)\n"
    "      --prompt-pair-weight W (0): adds W x the cross-entropy of every volume's label\n"
    "      against each finding's prompt pair, as zero-shot scoring reads it\n"
    "teacher/naive: --codebook-ema: the CT-ViT codebook follows its tokens (CT-CLIP's EMA)\n"
    "teacher: --standardize-features: standardise the pooled feature before the dense head\n"
    "      (from-scratch teachers; folded into the head's weight and bias in the bundle)\n"
    "teacher: --logit-bias-init B (SigLIP bias start; -log(batch-1), the batch's prior)\n"
    "naive: --teacher BUNDLE (a teacher output)\n"
    "sfp:   --teacher BUNDLE --student FAST_OUT --rank R (4); SVD init from the dense head\n"
    "teacher/naive/sfp write OUT/model as a CT-Lite bundle, thresholds by Youden's J on\n"
    "      --calibration-split S (valid; none: skip) --calibration-limit N; manifest: --bundle-id,\n"
    "      --bundle-name, --bundle-version, --data-description TEXT, --real-data --notice TEXT\n"
    "      (without --real-data the manifest says it was trained on synthetic phantoms)",
    OptionSpec{{"--data", "--out", "--split", "--limit", "--steps", "--batch-size",
                "--accumulation", "--lr", "--min-lr", "--warmup", "--weight-decay", "--clip-grad",
                "--mup-base-fan-in", "--checkpoint-every", "--keep", "--stop-after", "--seed",
                "--device", "--nproc", "--rank", "--master-port", "--cache", "--loader-threads",
                "--slices", "--report-filter", "--teacher", "--student", "--config",
                "--distillation", "--attention-match", "--text-config", "--text-max-length",
                "--latent", "--rank", "--bundle-id", "--bundle-name", "--bundle-version",
                "--data-description", "--calibration-split", "--calibration-limit", "--notice", "--prompt-fraction",
                "--logit-bias-init", "--prompt-pair-weight"},
               {"--resume", "--no-mup", "--no-shuffle", "--no-cache", "--json", "--events", "--real-data",
                "--no-attention-loss", "--no-feature-loss", "--no-self-attention-loss",
                "--no-cross-attention-loss", "--no-output-loss", "--diagonal-targets", "--codebook-ema",
                "--standardize-features"}},
    run_train,
}};

}  // namespace
}  // namespace ctlite::cli
