#pragma once
// Floating-point operations of one CT-ViT forward as implemented here (2 per multiply-add of
// every matrix product and convolution; element-wise work such as LayerNorm, GELU and softmax
// is not counted). Used by `ctlite bench` to express speed as GFLOP/s against raw sgemm.

#include "ai/models/ctvit/ctvit_config.h"
#include "ai/models/ctvit/ctvit_outputs.h"

namespace ctlite::ai {

struct CtVitFlops {
  double patch_embedding = 0;
  double position_bias = 0;  // the MLP over distinct offsets only (continuous_position_bias.h)
  double projections = 0;    // q, kv, out and feed-forward linears of all layers
  double attention = 0;      // q·kᵀ and attention·v of all layers
  double peg = 0;            // depthwise convolutions
  double quantizer = 0;      // token × codebook similarities
  double total() const {
    return patch_embedding + position_bias + projections + attention + peg + quantizer;
  }
};

CtVitFlops count_ctvit_flops(const CtVitConfig& config, const TokenGrid& grid);

}  // namespace ctlite::ai
