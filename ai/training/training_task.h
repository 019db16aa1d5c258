#pragma once
// What the generic Trainer needs from a training stage (teacher CLIP/SigLIP pre-training, FAST
// distillation, SFP head alignment, naive fine-tuning): its trainable parameters, a loss for a
// batch, and its state for checkpoints.

#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ai/data/sample.h"
#include "ai/io/state_dict.h"
#include "ai/training/mup_parameter_groups.h"

namespace ctlite::ai {

struct LossReport {
  torch::Tensor total;                  // 0-d, differentiable
  std::map<std::string, double> terms;  // named parts for logging (already weighted or raw)
};

// Averages values over data-parallel ranks (identity in a single process). Stages use it for
// anything that must be identical on every rank, e.g. the FAST balancer's init values.
using CrossRankMean = std::function<std::vector<double>(const std::vector<double>&)>;

class TrainingTask {
 public:
  virtual ~TrainingTask() = default;
  virtual std::string stage() const = 0;
  virtual std::vector<NamedParameter> trainable_parameters() = 0;
  // Per-stage μP settings (base fan-in, fan-in of blocks with unusual layouts).
  virtual MupOptions mup_options() const { return {}; }
  virtual void set_cross_rank_mean(CrossRankMean) {}
  // Forward + loss for one micro-batch (training mode).
  virtual LossReport compute_loss(const Batch& batch) = 0;
  // Everything a resumed run needs on the model side (trained and frozen-but-stateful tensors).
  virtual StateDict state_dict() = 0;
  virtual void load_state_dict(const StateDict& weights) = 0;
  // Buffers that training-mode forwards change (e.g. a VQ codebook's EMA): averaged over
  // data-parallel ranks after every update. They must also be in state_dict().
  virtual std::vector<torch::Tensor> running_buffers() { return {}; }
  virtual nlohmann::json extra_state() const { return nlohmann::json::object(); }
  virtual void load_extra_state(const nlohmann::json& /*state*/) {}
};

}  // namespace ctlite::ai
