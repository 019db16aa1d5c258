#pragma once
// Parameters and FLOPs of the dense head and of the BTT and SFP heads at several ranks, for
// reports and `ctlite bench` (the cost side of the rank/accuracy trade-off).

#include <cstdint>
#include <vector>

#include "ai/heads/projection_head.h"

namespace ctlite::ai {

struct HeadCostRow {
  HeadConfig config;
  HeadCost cost;
  double parameters_vs_dense = 1.0;  // cost.parameters / dense parameters
};

// The dense row first, then for each rank the BTT row and the SFP row (no bias, no btt_norm).
// Defaults: the CT-CLIP head (294 912 → 512, SFP blocks of 512).
std::vector<HeadCostRow> head_cost_table(const std::vector<int64_t>& ranks, int64_t input_size = 294912,
                                         int64_t output_size = 512, int64_t block_size = 512);

}  // namespace ctlite::ai
