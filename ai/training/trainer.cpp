#include "ai/training/trainer.h"

#include <chrono>
#include <filesystem>
#include <stdexcept>

#include "ai/training/checkpoint_store.h"
#include "ai/training/data_parallel_group.h"
#include "ai/training/optimizer_state.h"
#include "ai/training/random_state.h"

namespace ctlite::ai {
namespace {

constexpr const char* kAdamPrefix = "adamw/";

// Sum of every parameter value: equal on all ranks iff they start from the same weights (the
// same seed), which data parallelism requires.
double parameter_checksum(const std::vector<NamedParameter>& parameters) {
  double sum = 0.0;
  for (const auto& p : parameters) sum += p.tensor.detach().to(torch::kFloat64).sum().item<double>();
  return sum;
}

StateDict split_prefix(const StateDict& all, const std::string& prefix, bool keep_matching) {
  StateDict out;
  for (const auto& entry : all) {
    const bool matches = entry.name.rfind(prefix, 0) == 0;
    if (matches && keep_matching) out.insert(entry.name.substr(prefix.size()), entry.tensor);
    if (!matches && !keep_matching) out.insert(entry.name, entry.tensor);
  }
  return out;
}

}  // namespace

Trainer::Trainer(TrainerOptions options, TrainingReporter& reporter, DataParallelGroup* group)
    : options_(std::move(options)), reporter_(reporter), group_(group) {
  if (options_.total_steps < 1 || options_.micro_batch_size < 1 || options_.accumulation_steps < 1)
    throw std::invalid_argument("training needs steps, batch size and accumulation >= 1");
  if (options_.checkpoint_every < 1)
    throw std::invalid_argument("--checkpoint-every must be >= 1");
  options_.schedule.total_steps = options_.total_steps;
  options_.schedule.validate();
}

nlohmann::json Trainer::run_settings(const TrainingTask& task) const {
  const auto& s = options_.schedule;
  return {{"stage", task.stage()},
          {"total_steps", options_.total_steps},
          {"micro_batch_size", options_.micro_batch_size},
          {"accumulation_steps", options_.accumulation_steps},
          {"world_size", group_ ? group_->world_size() : 1},
          {"lr", s.base},
          {"min_lr", s.minimum},
          {"warmup_steps", s.warmup_steps},
          {"mup", options_.mup},
          {"mup_base_fan_in", options_.mup_base_fan_in},
          {"weight_decay", options_.weight_decay},
          {"gradient_clip_norm", options_.gradient_clip_norm},
          {"seed", options_.seed},
          {"shuffle", options_.shuffle}};
}

TrainingResult Trainer::run(TrainingTask& task, std::int64_t dataset_size,
                            PrefetchLoader::LoadFunction load, const Progress& progress) {
  const int rank = group_ ? group_->rank() : 0;
  const int world = group_ ? group_->world_size() : 1;
  CheckpointStore store((std::filesystem::path(options_.output_dir) / "checkpoints").string(),
                        options_.keep_checkpoints);
  if (rank == 0) store.remove_partials();

  const auto parameters = task.trainable_parameters();
  if (parameters.empty()) throw std::invalid_argument(task.stage() + ": nothing to train");
  MupOptions mup = task.mup_options();
  mup.enabled = options_.mup;
  mup.weight_decay = options_.weight_decay;
  if (options_.mup_base_fan_in > 0) mup.base_fan_in = options_.mup_base_fan_in;
  const auto groups = mup_parameter_groups(parameters, mup);
  auto optimizer = make_adamw(groups, options_.schedule.base);
  if (group_) {
    task.set_cross_rank_mean([this](const std::vector<double>& v) { return group_->average(v); });
  }

  const nlohmann::json settings = run_settings(task);
  std::int64_t step = 0, position = 0;
  const auto latest = store.latest();
  if (options_.resume && latest) {
    CheckpointContent checkpoint = store.load(*latest);
    const auto& saved = checkpoint.state.at("settings");
    for (const auto& [key, value] : settings.items())
      if (!saved.contains(key) || saved.at(key) != value)
        throw std::invalid_argument("cannot resume " + store.path_of(*latest) + ": setting '" +
                                    key + "' was " + (saved.contains(key) ? saved.at(key).dump() : "unset") +
                                    ", now " + value.dump());
    task.load_state_dict(checkpoint.model);
    load_adamw_state(*optimizer, groups, split_prefix(checkpoint.optimizer, kAdamPrefix, true));
    restore_random_state(split_prefix(checkpoint.optimizer, kAdamPrefix, false));
    task.load_extra_state(checkpoint.state.at("task"));
    step = checkpoint.state.at("step").get<std::int64_t>();
    position = checkpoint.state.at("data_position").get<std::int64_t>();
  } else if (latest) {
    throw std::invalid_argument(store.directory() + " already holds checkpoints (step " +
                                std::to_string(*latest) +
                                "); pass --resume to continue that run or choose another --out");
  }
  if (group_) group_->require_identical(parameter_checksum(parameters), "the initial weights");

  reporter_.start({{"stage", task.stage()},
                   {"total_steps", options_.total_steps},
                   {"dataset_size", dataset_size},
                   {"world_size", world},
                   {"parameters", [&] {
                      std::int64_t n = 0;
                      for (const auto& p : parameters) n += p.tensor.numel();
                      return n;
                    }()},
                   {"settings", settings}},
                  step);

  PrefetchOptions loader_options;
  loader_options.batch_size = options_.micro_batch_size;
  loader_options.rank = rank;
  loader_options.world_size = world;
  loader_options.threads = options_.loader_threads;
  loader_options.prefetch_batches = static_cast<int>(std::max<std::int64_t>(2, options_.accumulation_steps));
  PrefetchLoader loader(std::move(load), EpochOrder(dataset_size, options_.seed, options_.shuffle),
                        loader_options, position);

  std::vector<torch::Tensor> parameter_tensors;
  for (const auto& p : parameters) parameter_tensors.push_back(p.tensor);

  TrainingResult result;
  result.first_step = step;
  auto save = [&](std::int64_t completed) {
    if (rank == 0) {
      CheckpointContent content;
      content.model = task.state_dict();
      for (const auto& e : save_adamw_state(*optimizer, groups))
        content.optimizer.insert(kAdamPrefix + e.name, e.tensor);
      for (const auto& e : capture_random_state()) content.optimizer.insert(e.name, e.tensor);
      content.state = {{"settings", settings},
                       {"data_position", loader.position()},
                       {"epoch", EpochOrder::epoch_of(loader.position(), dataset_size)},
                       {"task", task.extra_state()},
                       {"loss", result.last_loss}};
      result.last_checkpoint = store.save(completed, content);
      reporter_.checkpoint(completed, result.last_checkpoint);
    }
    if (group_) group_->barrier();  // nobody races ahead of a checkpoint being written
  };

  std::int64_t steps_this_run = 0;
  while (step < options_.total_steps) {
    const auto started = std::chrono::steady_clock::now();
    optimizer->zero_grad();
    std::map<std::string, double> terms;
    double loss_sum = 0.0;
    for (std::int64_t micro = 0; micro < options_.accumulation_steps; ++micro) {
      const Batch batch = loader.next();
      LossReport report = task.compute_loss(batch);
      if (!std::isfinite(report.total.item<double>()))
        throw std::runtime_error(task.stage() + ": loss became " +
                                 std::to_string(report.total.item<double>()) + " at step " +
                                 std::to_string(step + 1) + " (lower --lr?)");
      (report.total / static_cast<double>(options_.accumulation_steps)).backward();
      loss_sum += report.total.item<double>();
      for (const auto& [name, value] : report.terms) terms[name] += value;
    }
    std::vector<double> logged = {loss_sum};
    for (const auto& [name, value] : terms) logged.push_back(value);
    if (group_) {
      std::vector<torch::Tensor> grads;
      for (auto& p : parameter_tensors)
        if (p.grad().defined()) grads.push_back(p.grad());
      group_->average(grads);
      logged = group_->average(logged);
    }
    if (options_.gradient_clip_norm > 0)
      torch::nn::utils::clip_grad_norm_(parameter_tensors, options_.gradient_clip_norm);
    const double lr = options_.schedule.at(step);
    for (size_t g = 0; g < groups.size(); ++g)
      static_cast<torch::optim::AdamWOptions&>(optimizer->param_groups()[g].options())
          .lr(lr * groups[g].lr_multiplier);
    optimizer->step();
    if (group_) group_->average(task.running_buffers());
    ++step;
    ++steps_this_run;

    StepRecord record;
    record.step = step;
    record.total_steps = options_.total_steps;
    record.samples = loader.position();
    record.epoch = EpochOrder::epoch_of(loader.position() - 1, dataset_size);
    record.loss = logged[0] / static_cast<double>(options_.accumulation_steps);
    size_t i = 1;
    for (auto& [name, value] : terms) value = logged[i++] / static_cast<double>(options_.accumulation_steps);
    record.terms = terms;
    record.learning_rate = lr;
    record.step_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    reporter_.step(record);
    result.last_loss = record.loss;
    result.last_step = step;

    const bool stop_here =
        options_.stop_after_steps >= 0 && steps_this_run >= options_.stop_after_steps;
    const bool cancelled = progress.is_cancelled();
    if (step % options_.checkpoint_every == 0 || step == options_.total_steps || stop_here ||
        cancelled)
      save(step);
    if (cancelled) throw OperationCancelled();
    if (stop_here) break;
    progress.report("train", static_cast<double>(step) / options_.total_steps);
  }
  result.last_step = step;
  result.finished = step >= options_.total_steps;
  return result;
}

}  // namespace ctlite::ai
