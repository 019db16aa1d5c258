#pragma once
// The image-text stages: CT-ViT → pooled feature → projection head, BERT [CLS] → text
// projection, both aligned with SigLIP's pairwise sigmoid loss (in-batch negatives).
//   teacher  everything trains, uncompressed input (stands in for CT-CLIP pre-training);
//   naive    the teacher fine-tuned as a whole on the compressed input (the paper's baseline);
//   sfp      a FAST student (frozen) + SFP head (SVD-initialised from the teacher's dense head)
//            + text projection, compressed input; the text tower stays the teacher's, frozen.
//
// Weights are named as in a CT-Lite model bundle (ai/bundle/model_bundle.h): visual.*, head.*,
// text.*, text_projection.weight, logit_scale (SigLIP's t′, the scale is exp of it) and
// logit_bias, so a finished stage IS the bundle's weight file.

#include <limits>
#include <memory>

#include "ai/heads/projection_head.h"
#include "ai/losses/siglip_loss.h"
#include "ai/training/stages/encoder_towers.h"
#include "ai/training/stages/text_match_signs.h"
#include "ai/training/training_task.h"

namespace ctlite::ai {

struct ContrastiveTaskOptions {
  std::string stage = "teacher";  // teacher | naive | sfp
  std::string input = "volume";   // the sample tensor the image tower reads
  bool train_visual = true;
  bool train_text = true;  // BERT; the head and SigLIP scalars always train
  // The text projection; false with a locked, pre-trained text tower (`ctlite train text`), so
  // the latents the prompts and reports were taught to spread keep their places.
  bool train_text_projection = true;
  torch::Device device = torch::kCPU;
  std::int64_t mup_base_fan_in = 0;  // 0: the CT-ViT token width
  // CT-CLIP's "VocabFine" variant: this fraction of the training texts is replaced by one
  // finding's zero-shot prompt, present or absent as the volume's label says, so a text tower
  // trained from scratch on few reports also learns the prompt pairs zero-shot scoring reads.
  // `findings` name the label columns (CT-RATE order).
  double prompt_fraction = 0.0;
  std::vector<std::string> findings;
  // Prompt texts are matched to every volume whose label agrees (text_match_signs.h); false
  // keeps SigLIP's diagonal targets (the ablation).
  bool label_matched_prompts = true;
  // Weight of the prompt-pair term (CT-CLIP's VocabFine, as zero-shot scoring reads it): every
  // volume of the batch against all findings' prompt pairs, cross-entropy of the softmax over
  // [present, absent] (score_zero_shot's logits) against its label. In-batch SigLIP alone lets
  // the image tower settle on one latent for every volume when reports differ little (small
  // synthetic sets); this term asks each volume's latent for each of its labels directly.
  // 0 turns it off; needs `findings`.
  double prompt_pair_weight = 0.0;
  // The trained CT-ViT's codebook follows its tokens (the original's EMA; ctvit_tower.h).
  bool codebook_ema = false;
  // SigLIP's initial bias b; NaN keeps the paper's −10 (siglip_prior_bias fits small batches).
  double logit_bias_init = std::numeric_limits<double>::quiet_NaN();
  // Standardise the pooled CT-ViT feature per component (batch statistics in training, running
  // ones at inference; BatchNorm without affine) before the dense head. WHY: on phantoms every
  // volume shares most of its pooled feature (cos 0.72-0.78 between volumes: the same anatomy
  // at the same grid cells), so the head's gradient Σ g_i x_iᵀ is dominated by g·x̄ᵀ and Adam's
  // per-weight steps grow W along the shared mean: the trained head's top singular vector
  // lies along x̄ (|cos| 0.81), its output variance across volumes falls to 0.7 % of its mean's
  // energy and every latent coincides (cos 0.999; docs/TRAINING.md). For from-scratch teachers
  // only: CT-CLIP's to_visual_latent reads the raw feature, and the bundle never holds the
  // normalisation: bundle_state_dict() folds it into the dense head's weight and bias
  // (W' = W/σ, b' = b − W'μ), so the head's config needs bias = true.
  bool standardize_features = false;
};

class ContrastiveTask : public TrainingTask {
 public:
  ContrastiveTask(std::shared_ptr<VolumeEncoder> visual, std::shared_ptr<ProjectionHeadImpl> head,
                  std::shared_ptr<TextEncoder> text, ContrastiveTaskOptions options);

  std::string stage() const override { return options_.stage; }
  std::vector<NamedParameter> trainable_parameters() override;
  MupOptions mup_options() const override;
  LossReport compute_loss(const Batch& batch) override;
  std::vector<torch::Tensor> running_buffers() override;
  // Training state (checkpoints): the bundle's weights plus, with standardize_features, the
  // normalisation's running statistics under `feature_norm.`.
  StateDict state_dict() override;
  void load_state_dict(const StateDict& weights) override;
  // The weights a CT-Lite bundle stores (bundle naming only): the standardisation, if any,
  // folded into the dense head.
  StateDict bundle_state_dict();

  // Unit-norm latents for scoring (no gradient, eval mode while they run).
  torch::Tensor image_latents(const torch::Tensor& video);
  torch::Tensor text_latents(const std::vector<std::string>& texts);
  double log_temperature() const;
  const ContrastiveTaskOptions& options() const { return options_; }
  ProjectionHeadImpl& head() { return *head_; }
  torch::nn::Linear& text_projection() { return text_projection_; }

 private:
  torch::Tensor image_embeddings(const torch::Tensor& video);
  struct TrainingTexts {
    std::vector<std::string> texts;
    std::vector<PromptChoice> prompts;
  };
  TrainingTexts training_texts(const Batch& batch) const;
  torch::Tensor prompt_pair_loss(const torch::Tensor& images, const torch::Tensor& labels);
  std::vector<NamedParameter> prefixed(torch::nn::Module& module, const std::string& prefix,
                                       bool trainable) const;

  std::shared_ptr<VolumeEncoder> visual_;
  std::shared_ptr<ProjectionHeadImpl> head_;
  torch::nn::BatchNorm1d feature_norm_{nullptr};  // standardize_features only
  std::shared_ptr<TextEncoder> text_;
  torch::nn::Linear text_projection_{nullptr};
  SigLipLoss siglip_{nullptr};
  ContrastiveTaskOptions options_;
};

}  // namespace ctlite::ai
