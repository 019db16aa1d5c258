#pragma once
// The CT-ViT (ai/models/ctvit) as a training-stage VolumeEncoder.
//
// FAST trace: for every spatial then temporal layer, its softmax attention and the residual
// stream LEAVING it (the next layer's input; the last layer's pre-norm_out output).
// Output: the quantised tokens (what CT-CLIP's head pools), or with `distil_pre_quantisation`
// the temporal stage's output before the VQ. A student uses the latter: the VQ's argmax has no
// gradient, so the student's continuous output is pulled onto the teacher's codebook rows, and at
// inference its own VQ (holding the teacher's codebook, see copy_codebook) snaps it onto them.

#include "ai/models/ctvit/ctvit.h"
#include "ai/training/stages/encoder_towers.h"

namespace ctlite::ai {

class CtVitTower : public VolumeEncoder {
 public:
  // codebook_ema: the codebook follows the tokens in training (cosine_codebook_quantizer.h);
  // never for a pre-quantisation student, whose codes must stay the teacher's, nor without a
  // quantiser (codebook_size 0).
  explicit CtVitTower(CtVit model, bool distil_pre_quantisation = false, bool codebook_ema = false);

  FastEncoderTrace forward(const torch::Tensor& video, bool with_trace) override;
  torch::nn::Module& module() override { return *model_; }
  // Every parameter and buffer under its original CT-CLIP name (loads with load_ctvit_weights).
  StateDict state_dict() override;
  void load_state_dict(const StateDict& weights) override;
  std::int64_t pooled_feature_size() const override;
  std::int64_t token_width() const override { return model_->config().dim; }
  std::vector<torch::Tensor> running_buffers() override;

  CtVit& model() { return model_; }

 private:
  CtVit model_;
  bool pre_quantisation_;
  bool codebook_ema_;
};

// Gives `student` the teacher's VQ codebook (a buffer, never trained for a student).
void copy_codebook(CtVitImpl& teacher, CtVitImpl& student);

}  // namespace ctlite::ai
