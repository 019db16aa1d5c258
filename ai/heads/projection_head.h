#pragma once
// The image projection head: pooled CT-ViT feature (294 912 for the real model) → latent (512).
// Three interchangeable forms: CT-CLIP's dense `to_visual_latent`, the global BTT of
// ctvit-architecture.md §10, and CT-Lite's SFP (sum of BTT-factorised blocks).

#include <torch/nn/module.h>
#include <torch/types.h>

#include <cstdint>
#include <memory>
#include <string>

#include "ai/heads/btt_shape.h"

namespace ctlite::ai {

enum class HeadType { Dense, Btt, Sfp };

std::string head_type_name(HeadType type);  // "dense", "btt", "sfp"
HeadType head_type_from_name(const std::string& name);  // throws std::invalid_argument

struct HeadConfig {
  HeadType type = HeadType::Sfp;
  int64_t input_size = 294912;
  int64_t output_size = 512;
  int64_t rank = 4;           // BTT / SFP only
  int64_t block_size = 512;   // SFP only: features per chunk (the CT-ViT token width)
  bool normalize_cores = false;  // BTT / SFP: the authors' `btt_norm` variant with learned gains
  bool bias = false;          // CT-CLIP's projections have none

  // The BTT operator this head is (Dense: not applicable, throws).
  BttShape btt_shape() const;
  void validate() const;  // throws std::invalid_argument naming the bad field
};

struct HeadCost {
  int64_t parameters = 0;     // weights, bias included when configured
  int64_t flops_per_row = 0;  // 2 per multiply-add, one input row
};
HeadCost head_cost(const HeadConfig& config);

// Base of the three head modules. Parameter names (the bundle stores them under `head.`):
// dense `weight` (output × input, nn.Linear layout, CT-CLIP's `to_visual_latent.weight`);
// BTT/SFP `W1`, `W2` (§10 layouts), `gamma0`/`gamma1` with normalize_cores, `bias` when configured.
class ProjectionHeadImpl : public torch::nn::Module {
 public:
  explicit ProjectionHeadImpl(HeadConfig config);
  // x: (..., input_size) → (..., output_size).
  virtual torch::Tensor forward(const torch::Tensor& x) = 0;
  // The input_size × output_size matrix A of y = x·A (+ bias), for checks and small heads.
  virtual torch::Tensor dense_matrix() = 0;
  // Sets the weights from a dense nn.Linear weight (output × input): a copy for the dense head,
  // the best rank-r approximation (btt_svd_init.h) for BTT/SFP. Returns ‖A − Â‖_F / ‖A‖_F.
  virtual double initialize_from_linear_weight(const torch::Tensor& weight) = 0;
  const HeadConfig& config() const { return config_; }

 protected:
  torch::Tensor add_bias(torch::Tensor y) const;
  torch::Tensor bias_;

 private:
  HeadConfig config_;
};

// Builds a head with its default random init (dense: nn.Linear's U(±1/√in); BTT/SFP: µP).
std::shared_ptr<ProjectionHeadImpl> make_projection_head(const HeadConfig& config);

}  // namespace ctlite::ai
