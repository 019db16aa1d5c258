// `ctlite train STAGE --data PATH --out DIR`: the CT-Lite training stages on a data set of any
// layout of core/dataset/training_dataset.h, resumable, on CPU or CUDA, optionally data-parallel over several processes.
// This file wires the run together; the stages, options and launcher live in train_*.{h,cpp}.

#include <signal.h>

#include <filesystem>
#include <fstream>

#include "ai/training/data_parallel_group.h"
#include "ai/training/trainer.h"
#include "app/cli/command_registry.h"
#include "app/cli/commands/train_contrastive_stages.h"
#include "app/cli/commands/train_fast_stage.h"
#include "app/cli/commands/train_options.h"
#include "app/cli/commands/train_parallel_launcher.h"
#include "app/cli/commands/train_stage_run.h"
#include "app/cli/commands/train_text_stage.h"
#include "core/common/errors.h"
#include "core/io/atomic_output.h"

namespace ctlite::cli {
namespace {
namespace fs = std::filesystem;
using nlohmann::json;
using namespace train;

// ---- cancellation: Ctrl-C / SIGTERM checkpoint and stop --------------------------------------

const Progress* g_progress = nullptr;
extern "C" void request_cancel(int) {
  if (g_progress) g_progress->cancel();
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
  // LibTorch seeds its default generator from the system's entropy in every process: without
  // this, the weights a stage initialises and the zero-shot prompts it draws (--prompt-fraction)
  // would differ between two runs of the same command.
  torch::manual_seed(static_cast<std::uint64_t>(whole(args, "--seed", 0, 0)));

  const auto filter = core::make_report_sentence_filter(args.value_or("--report-filter", "rules"));
  auto dataset = std::make_shared<TrainingDataset>(core::open_training_dataset(
      data, args.value_or("--split", "train"), *filter,
      static_cast<std::size_t>(whole(args, "--limit", 0, 0))));

  StageRun run;
  if (stage == "text") run = build_text(args, device, *dataset);
  else if (stage == "fast") run = build_fast(args, device);
  else if (stage == "teacher") run = build_teacher(args, device, *dataset);
  else if (stage == "naive") run = build_naive(args, device, *dataset);
  else if (stage == "sfp") run = build_sfp(args, device, *dataset);
  else throw UsageError("unknown stage '" + stage + "' (text, teacher, fast, sfp or naive)");

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
    "train a CT-Lite stage (text, teacher, fast, sfp, naive) on a CT-RATE folder or a reports CSV",
    "ctlite train STAGE --data PATH --out DIR [options]\n"
    "  STAGE     text     the text tower alone: reports -> their labels, prompts -> their\n"
    "                     finding (stands in for CT-CLIP's pre-trained CXR-BERT)\n"
    "            teacher  CLIP/SigLIP pre-training of CT-ViT + text tower (uncompressed input)\n"
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
    "      --text-init TEXT_OUT: text tower, projection, vocabulary and latent size from a\n"
    "      `ctlite train text` output instead; --freeze-text keeps them locked (LiT-style)\n"
    "text: --text-config BERT.json --text-max-length N --latent N as teacher; --prompt-weight W\n"
    "      (1): the prompts' share of the loss; writes OUT/model (a stage model)\n"
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
                "--logit-bias-init", "--prompt-pair-weight", "--text-init", "--prompt-weight"},
               {"--resume", "--no-mup", "--no-shuffle", "--no-cache", "--json", "--events", "--real-data",
                "--no-attention-loss", "--no-feature-loss", "--no-self-attention-loss",
                "--no-cross-attention-loss", "--no-output-loss", "--diagonal-targets", "--codebook-ema",
                "--standardize-features", "--freeze-text"}},
    run_train,
}};

}  // namespace
}  // namespace ctlite::cli
