// `ctlite evaluate --model DIR --data PATH`: zero-shot scores of a CT-Lite bundle on a split of
// any training data layout (core/dataset/training_dataset.h), against its labels: per-finding and macro AUROC, weighted F1, accuracy,
// thresholds (the bundle's calibrated ones, else each finding's Youden threshold here),
// confusion counts and ROC points.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "ai/bundle/model_bundle.h"
#include "ai/evaluation/latent_embeddings.h"
#include "ai/evaluation/zero_shot_evaluation.h"
#include "ai/runtime/compute_process.h"
#include "ai/runtime/threading.h"
#include "ai/training/stages/contrastive_model.h"
#include "app/cli/command_registry.h"
#include "app/cli/commands/zero_shot_case_scores.h"
#include "core/common/errors.h"
#include "core/io/atomic_output.h"

namespace ctlite::cli {
namespace {
namespace fs = std::filesystem;

std::vector<double> bundle_thresholds(const ai::BundleManifest& manifest,
                                      const std::vector<std::string>& findings,
                                      const std::string& folder) {
  if (manifest.thresholds.empty()) return {};
  if (manifest.threshold_score != "present_probability")
    throw core::InputError(folder, "thresholds are for '" + manifest.threshold_score +
                                       "', this evaluation scores present_probability");
  std::vector<double> out;
  for (const auto& name : findings) {
    auto it = std::find_if(manifest.thresholds.begin(), manifest.thresholds.end(),
                           [&](const ai::FindingThreshold& t) { return t.finding == name; });
    if (it == manifest.thresholds.end()) throw core::InputError(folder, "no threshold for " + name);
    out.push_back(it->threshold);
  }
  return out;
}

void print_table(const ai::ZeroShotEvaluation& evaluation, const std::string& model) {
  std::printf("%s: %zu cases\n%-36s %6s %6s %8s %6s %6s\n", model.c_str(), evaluation.cases,
              "finding", "pos", "AUROC", "thresh", "F1w", "acc");
  for (const auto& f : evaluation.findings)
    std::printf("%-36s %6zu %6s %8.4f %6.3f %6.3f\n", f.finding.c_str(), f.positives,
                f.auroc ? std::to_string(*f.auroc).substr(0, 6).c_str() : "-", f.threshold,
                f.weighted_f1, f.accuracy);
  std::printf("%-36s %6s %6s %8s %6.3f %6.3f\n", "macro", "",
              evaluation.macro_auroc ? std::to_string(*evaluation.macro_auroc).substr(0, 6).c_str() : "-",
              "", evaluation.macro_weighted_f1, evaluation.macro_accuracy);
}

void write_text_atomically(const std::string& path, const std::string& text) {
  auto output = core::AtomicOutput::file(path);
  std::ofstream file(output.temp_path());
  file << text;
  file.close();
  if (!file) throw core::OutputError(path, "cannot write");
  output.commit();
}

ai::LatentEmbeddings latent_embeddings(const CaseScores& scored) {
  return {scored.findings, scored.ids, scored.labels, scored.image_latents, scored.prompts, scored.prompt_latents};
}

// The t-SNE map of image and prompt latents; nullopt (with a note) above the exact method's size.
std::optional<ai::LatentMap> latent_map(const ai::LatentEmbeddings& embeddings, const Arguments& args) {
  const std::size_t points = embeddings.visual.size() + embeddings.text.size();
  if (points > ai::kMaxTsnePoints) {
    std::fprintf(stderr, "note: no t-SNE map for %zu points (exact t-SNE stops at %zu); use --limit\n", points,
                 ai::kMaxTsnePoints);
    return std::nullopt;
  }
  ai::TsneOptions options;
  options.perplexity = args.number_or("--tsne-perplexity", options.perplexity);
  options.iterations = static_cast<int>(args.integer_or("--tsne-iterations", options.iterations));
  options.seed = static_cast<std::uint64_t>(args.integer_or("--seed", 0));
  try {
    return ai::map_embeddings(embeddings, options);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
}

int run_evaluate(const Arguments& args) {
  ai::configure_compute_process();  // a full-size forward: sleeping thread pools, reused memory
  const std::string folder = args.required("--model");
  const ai::ModelBundle bundle = ai::read_model_bundle(folder);
  const ai::BundleManifest& manifest = bundle.manifest;

  ai::ContrastiveTaskOptions options;
  options.stage = "evaluate";
  options.input = manifest.input_path == "uncompressed" ? "volume" : "compressed";
  const auto task = ai::make_contrastive_task(manifest, bundle.tokenizer.tokens(), options, &bundle.weights);

  const auto filter = core::make_report_sentence_filter("none");
  auto dataset = std::make_shared<TrainingDataset>(core::open_training_dataset(
      args.required("--data"), args.value_or("--split", "valid"), *filter,
      static_cast<std::size_t>(args.integer_or("--limit", 0))));
  SampleOptions samples;
  samples.volume = options.input == "volume";
  samples.compressed = !samples.volume;
  samples.training_variant = false;
  samples.slices = args.integer_or("--slices", 240);
  samples.size = manifest.ctvit.image_size;
  if (samples.slices < 1 || samples.slices % manifest.ctvit.temporal_patch_size != 0)
    throw UsageError("--slices must be a positive multiple of the temporal patch size " +
                     std::to_string(manifest.ctvit.temporal_patch_size));
  std::shared_ptr<ai::PreprocessedVolumeCache> cache;
  if (auto dir = args.value("--cache")) cache = std::make_shared<ai::PreprocessedVolumeCache>(*dir);
  TrainingSampleLoader loader(dataset, samples, cache);

  const CaseScores scored = score_cases(*task, loader, dataset->records.size(), Progress());
  const std::vector<double> thresholds = bundle_thresholds(manifest, scored.findings, folder);
  const ai::ZeroShotEvaluation evaluation = ai::evaluate_zero_shot(
      scored.findings, scored.scores, scored.labels, thresholds.empty() ? nullptr : &thresholds);

  nlohmann::json report = ai::evaluation_to_json(evaluation, true);
  report["model"] = fs::absolute(folder).string();
  report["model_id"] = manifest.id;
  report["input_path"] = manifest.input_path;
  report["data"] = fs::absolute(dataset->root).string();
  report["split"] = dataset->split;
  report["data_layout"] = core::training_data_layout_name(dataset->layout);
  report["labels_from_reports"] = dataset->labels_from_reports;
  report["thresholds_from"] = thresholds.empty() ? "youden on this data" : "bundle";
  if (manifest.synthetic_training) report["notice"] = manifest.notice;
  const auto embeddings_out = args.value("--embeddings");
  if (args.value("--out") || embeddings_out) {
    const ai::LatentEmbeddings embeddings = latent_embeddings(scored);
    const std::optional<ai::LatentMap> map = latent_map(embeddings, args);
    nlohmann::json blocks = {{"embeddings", ai::embeddings_to_json(embeddings)},
                             {"tsne", map ? ai::latent_map_to_json(embeddings, *map) : nlohmann::json(nullptr)}};
    if (auto out = args.value("--out")) {
      nlohmann::json full = report;
      full.update(blocks);
      write_text_atomically(*out, full.dump(2) + "\n");
    }
    if (embeddings_out) {
      const bool csv = fs::path(*embeddings_out).extension() == ".csv";
      if (csv && !map) throw UsageError("--embeddings " + *embeddings_out + ": the CSV needs the t-SNE map");
      write_text_atomically(*embeddings_out, csv ? ai::embeddings_to_csv(embeddings, *map) : blocks.dump(2) + "\n");
    }
  }
  if (args.has("--json")) {
    if (!args.has("--roc"))
      for (auto& f : report["findings"]) f.erase("roc");
    std::cout << report.dump() << "\n";
  } else {
    print_table(evaluation, manifest.name);
    if (manifest.synthetic_training) std::printf("%s\n", manifest.notice.c_str());
  }
  return 0;
}

const CommandRegistration registration{Command{
    "evaluate",
    "zero-shot AUROC, F1, accuracy and thresholds of a model bundle on a labelled dataset",
    "ctlite evaluate --model BUNDLE --data PATH [--split valid] [--limit N] [--slices N (240)]\n"
    "                [--cache DIR] [--json [--roc]] [--out FILE.json] [--embeddings FILE.json|.csv]\n"
    "                [--tsne-perplexity P (30)] [--tsne-iterations N (1000)] [--seed S (0)]\n"
    "  PATH is a CT-RATE-layout folder (real or `ctlite synth`) or a reports CSV (a folder\n"
    "  holding reports.csv), as `ctlite train` reads (docs/FINE_TUNING.md). Thresholds: the bundle's calibrated\n"
    "  ones, else each finding's Youden threshold on this data. --out writes the full report,\n"
    "  ROC points included, and the image and prompt latents with their 2-D t-SNE map;\n"
    "  --embeddings writes the latents and map alone (CSV: one row per case or prompt).\n"
    "  --json prints the metrics on stdout (ROC points only with --roc).",
    OptionSpec{{"--model", "--data", "--split", "--limit", "--slices", "--cache", "--out", "--embeddings",
                "--tsne-perplexity", "--tsne-iterations", "--seed"},
               {"--json", "--roc"}},
    run_evaluate,
}};

}  // namespace
}  // namespace ctlite::cli
