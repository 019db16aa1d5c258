#pragma once
// A projection head whose matrix is a 2-core BTT (§10). The "global BTT" variant (HeadType::Btt,
// shape from factorize(d_in), factorize(d_out)) is this class as is; SfpHeadImpl reuses it with
// the SFP shape, because SFP is the same operator (btt_shape.h).

#include "ai/heads/projection_head.h"

namespace ctlite::ai {

class BttHeadImpl : public ProjectionHeadImpl {
 public:
  explicit BttHeadImpl(HeadConfig config);
  torch::Tensor forward(const torch::Tensor& x) override;
  torch::Tensor dense_matrix() override;
  double initialize_from_linear_weight(const torch::Tensor& weight) override;

  const BttShape& shape() const { return shape_; }
  const torch::Tensor& first_core() const { return first_core_; }
  const torch::Tensor& second_core() const { return second_core_; }
  // µP init of the authors' `cola_init`: each core ~ N(0, σ²) with
  // σ = √(1/fan_in)·min(1, √(fan_out/fan_in)), first core m0 → r·n0, second r·m1 → n1.
  void reset_parameters_mup();

 protected:
  // The cores as the forward uses them (divided by the btt_norm factor when configured).
  std::pair<torch::Tensor, torch::Tensor> effective_cores() const;

 private:
  BttShape shape_;
  torch::Tensor first_core_;   // W1 (m1, m0, r·n0)
  torch::Tensor second_core_;  // W2 (n0, r·m1, n1)
  torch::Tensor gamma0_, gamma1_;  // btt_norm gains (learn_gamma=True in the authors' builder)
};

}  // namespace ctlite::ai
