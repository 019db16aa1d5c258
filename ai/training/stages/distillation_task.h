#pragma once
// Stage `fast` and its ablations: a frozen teacher CT-ViT reads the uncompressed volume, a
// student CT-ViT reads the lung-window JPEG-Q90 version of the same volume and learns to
// reproduce the teacher's attention, features and output (FAST loss, ai/losses/fast_loss.h).
//
// Ablations are weight presets: naive KD (final tokens only), feature KD (+ per-layer hidden
// MSE), FAST minus one term (its weight 0).

#include <memory>

#include "ai/losses/fast_loss.h"
#include "ai/training/stages/encoder_towers.h"
#include "ai/training/training_task.h"

namespace ctlite::ai {

struct DistillationTaskOptions {
  FastLossOptions loss;
  std::string teacher_input = "volume";
  std::string student_input = "compressed";
  torch::Device device = torch::kCPU;
  std::int64_t mup_base_fan_in = 0;  // 0: the student's token width
};

class DistillationTask : public TrainingTask {
 public:
  DistillationTask(std::shared_ptr<VolumeEncoder> teacher, std::shared_ptr<VolumeEncoder> student,
                   DistillationTaskOptions options);

  std::string stage() const override { return "fast"; }
  std::vector<NamedParameter> trainable_parameters() override;
  MupOptions mup_options() const override;
  void set_cross_rank_mean(CrossRankMean mean) override;
  LossReport compute_loss(const Batch& batch) override;
  // The student's weights under "student." (the teacher is an input, checked by checksum).
  std::vector<torch::Tensor> running_buffers() override { return student_->running_buffers(); }
  StateDict state_dict() override;
  void load_state_dict(const StateDict& weights) override;
  nlohmann::json extra_state() const override;
  void load_extra_state(const nlohmann::json& state) override;

  VolumeEncoder& student() { return *student_; }

 private:
  std::shared_ptr<VolumeEncoder> teacher_, student_;
  DistillationTaskOptions options_;
  FastLossBalancer balancer_;
  double teacher_checksum_ = 0.0;
};

// Sum of all weights in float64: identifies "the same teacher" across a resume.
double weights_checksum(const StateDict& weights);

}  // namespace ctlite::ai
