#include "app/cli/commands/train_options.h"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace ctlite::cli::train {
namespace fs = std::filesystem;

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

ai::CtVitConfig config_from_arguments(const Arguments& args) {
  if (auto path = args.value("--config")) return ai::CtVitConfig::from_file(*path);
  return ai::CtVitConfig{};
}

std::int64_t network_slices(const Arguments& args, const ai::CtVitConfig& config) {
  const std::int64_t slices = whole(args, "--slices", 240, 1);
  if (slices % config.temporal_patch_size != 0)
    throw UsageError("--slices " + std::to_string(slices) + " is not a multiple of the temporal patch size " +
                     std::to_string(config.temporal_patch_size));
  return slices;
}

}  // namespace ctlite::cli::train
