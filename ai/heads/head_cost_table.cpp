#include "ai/heads/head_cost_table.h"

namespace ctlite::ai {

std::vector<HeadCostRow> head_cost_table(const std::vector<int64_t>& ranks, int64_t input_size,
                                         int64_t output_size, int64_t block_size) {
  std::vector<HeadCostRow> rows;
  const HeadConfig dense{HeadType::Dense, input_size, output_size};
  const HeadCost dense_cost = head_cost(dense);
  rows.push_back({dense, dense_cost, 1.0});
  for (int64_t rank : ranks)
    for (HeadType type : {HeadType::Btt, HeadType::Sfp}) {
      const HeadConfig config{type, input_size, output_size, rank, block_size};
      const HeadCost cost = head_cost(config);
      rows.push_back({config, cost,
                      static_cast<double>(cost.parameters) / static_cast<double>(dense_cost.parameters)});
    }
  return rows;
}

}  // namespace ctlite::ai
