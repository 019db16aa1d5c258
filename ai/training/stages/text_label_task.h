#pragma once
// The `text` stage: a text tower trained from scratch learns to tell the findings apart before
// the teacher's SigLIP starts. Each report's latent predicts the volume's 18 labels, and each
// zero-shot prompt's latent predicts its one finding ("X is present." → 1, "X is not present."
// → 0), through a cosine classifier that is thrown away afterwards.
//
// WHY: CT-CLIP starts its text tower from CXR-BERT, pre-trained on radiology text. A BERT
// trained from scratch gives "X is present." and "X is not present." almost the same latent
// (cos 0.9995 at init), and templated phantom reports too. SigLIP's image gradient,
// Σ_j (σ_ij − y_ij)·t·w_j, then points the same way for every volume, and the two cold towers
// settle on one latent each: the from-scratch teacher stayed at chance (docs/TRAINING.md). This
// stage is our stand-in for CXR-BERT's start. The teacher reads its text tower and projection
// (`ctlite train teacher --text-init`), and may keep them locked.

#include <memory>
#include <string>
#include <vector>

#include "ai/training/stages/encoder_towers.h"
#include "ai/training/training_task.h"

namespace ctlite::ai {

struct TextLabelTaskOptions {
  std::vector<std::string> findings;  // the label columns, CT-RATE order
  double prompt_weight = 1.0;         // the prompts' term against the reports' term
  torch::Device device = torch::kCPU;
};

class TextLabelTask : public TrainingTask {
 public:
  // `latent_size`: the width of the text projection (the bundle's latent size).
  TextLabelTask(std::shared_ptr<TextEncoder> text, std::int64_t latent_size, TextLabelTaskOptions options);

  std::string stage() const override { return "text"; }
  std::vector<NamedParameter> trainable_parameters() override;
  // Reports of the batch against their labels, plus every finding's prompt pair.
  LossReport compute_loss(const Batch& batch) override;
  // text.* (the tower's own naming), text_projection.weight (bundle naming) and the
  // classifier, label_head.weight / label_head.bias.
  StateDict state_dict() override;
  void load_state_dict(const StateDict& weights) override;

  // Per-finding logits of `texts` (no gradient, eval mode); column f is finding f.
  torch::Tensor label_logits(const std::vector<std::string>& texts);

 private:
  torch::Tensor logits(const std::vector<std::string>& texts);

  std::shared_ptr<TextEncoder> text_;
  torch::nn::Linear text_projection_{nullptr};
  torch::nn::Linear label_head_{nullptr};
  TextLabelTaskOptions options_;
  std::vector<std::string> prompts_;  // 2F, present then absent per finding
};

}  // namespace ctlite::ai
