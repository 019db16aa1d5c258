#pragma once
// Puts modules in eval mode for a scope and restores each one's train/eval mode afterwards
// (scoring runs between training steps, and a frozen tower must stay in eval mode).

#include <torch/torch.h>

#include <vector>

namespace ctlite::ai {

class EvalModeGuard {
 public:
  explicit EvalModeGuard(std::vector<torch::nn::Module*> modules) : modules_(std::move(modules)) {
    for (auto* m : modules_) {
      was_training_.push_back(m->is_training());
      m->eval();
    }
  }
  ~EvalModeGuard() {
    for (std::size_t i = 0; i < modules_.size(); ++i) modules_[i]->train(was_training_[i]);
  }
  EvalModeGuard(const EvalModeGuard&) = delete;
  EvalModeGuard& operator=(const EvalModeGuard&) = delete;

 private:
  std::vector<torch::nn::Module*> modules_;
  std::vector<bool> was_training_;
};

}  // namespace ctlite::ai
