#include "ai/models/ctvit/ctvit_flops.h"

namespace ctlite::ai {

CtVitFlops count_ctvit_flops(const CtVitConfig& config, const TokenGrid& grid) {
  const double tokens = static_cast<double>(grid.tokens());
  const double dim = static_cast<double>(config.dim),
               inner = static_cast<double>(config.attention_inner_dim());
  const double ff = static_cast<double>(config.feed_forward_inner_dim());
  const double heads = static_cast<double>(config.heads),
               dim_head = static_cast<double>(config.dim_head);
  const double layers = static_cast<double>(config.spatial_depth + config.temporal_depth);
  const double distinct_offsets = static_cast<double>((2 * grid.height - 1) * (2 * grid.width - 1));
  const double frame_tokens = static_cast<double>(grid.tokens_per_frame());
  const double frames = static_cast<double>(grid.frames);

  CtVitFlops flops;
  flops.patch_embedding = 2 * tokens * static_cast<double>(config.patch_dim()) * dim;
  flops.position_bias =
      2 * distinct_offsets *
      (2 * dim + static_cast<double>(config.position_bias_layers - 1) * dim * dim + dim * heads);
  flops.projections =
      layers * 2 * tokens * (dim * 3 * inner + inner * dim + dim * 2 * ff + ff * dim);
  // Per layer: sequences × heads × L² × dim_head multiply-adds, twice (logits and mixing).
  const double spatial =
      static_cast<double>(grid.batch) * frames * heads * frame_tokens * frame_tokens * dim_head * 4;
  const double temporal =
      static_cast<double>(grid.batch) * frame_tokens * heads * frames * frames * dim_head * 4;
  flops.attention = static_cast<double>(config.spatial_depth) * spatial +
                    static_cast<double>(config.temporal_depth) * temporal;
  flops.peg = layers * 2 * tokens * dim * 27;
  flops.quantizer = 2 * tokens * static_cast<double>(config.codebook_size) * dim;
  return flops;
}

}  // namespace ctlite::ai
