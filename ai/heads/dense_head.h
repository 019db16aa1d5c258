#pragma once
// CT-CLIP's `to_visual_latent`: a dense Linear without bias (§3.7), the baseline head.

#include "ai/heads/projection_head.h"

namespace ctlite::ai {

class DenseHeadImpl : public ProjectionHeadImpl {
 public:
  explicit DenseHeadImpl(HeadConfig config);
  torch::Tensor forward(const torch::Tensor& x) override;
  torch::Tensor dense_matrix() override;
  double initialize_from_linear_weight(const torch::Tensor& weight) override;
  const torch::Tensor& weight() const { return weight_; }

 private:
  torch::Tensor weight_;  // (output, input)
};

}  // namespace ctlite::ai
