#include "app/cli/commands/train_contrastive_run.h"

#include <filesystem>
#include <limits>
#include <map>

#include "ai/bundle/model_bundle.h"
#include "ai/evaluation/zero_shot_evaluation.h"
#include "app/cli/commands/train_options.h"
#include "app/cli/commands/zero_shot_case_scores.h"
#include "core/common/utc_timestamp.h"

namespace ctlite::cli::train {
namespace {
namespace fs = std::filesystem;

constexpr const char* kSyntheticNotice = "Trained on synthetic phantoms. Not for clinical use.";

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
  ai::write_model_bundle(dir, manifest, stage.task->bundle_state_dict().on_cpu(), stage.vocabulary);
}

}  // namespace

StageRun contrastive_run(const Arguments& args, ContrastiveStage stage,
                         const TrainingDataset& training, nlohmann::json description) {
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

}  // namespace ctlite::cli::train
