#include "ai/heads/projection_head.h"

#include <torch/torch.h>

#include <stdexcept>

#include "ai/heads/btt_head.h"
#include "ai/heads/dense_head.h"
#include "ai/heads/sfp_head.h"

namespace ctlite::ai {

std::string head_type_name(HeadType type) {
  switch (type) {
    case HeadType::Dense: return "dense";
    case HeadType::Btt: return "btt";
    case HeadType::Sfp: return "sfp";
  }
  throw std::invalid_argument("unknown head type");
}

HeadType head_type_from_name(const std::string& name) {
  if (name == "dense") return HeadType::Dense;
  if (name == "btt") return HeadType::Btt;
  if (name == "sfp") return HeadType::Sfp;
  throw std::invalid_argument("unknown head type \"" + name + "\" (expected dense, btt or sfp)");
}

BttShape HeadConfig::btt_shape() const {
  switch (type) {
    case HeadType::Btt: return global_btt_shape(input_size, output_size, rank);
    case HeadType::Sfp: return sfp_btt_shape(input_size, output_size, block_size, rank);
    case HeadType::Dense: break;
  }
  throw std::invalid_argument("a dense head has no BTT shape");
}

void HeadConfig::validate() const {
  if (input_size < 1) throw std::invalid_argument("head input_size must be positive");
  if (output_size < 1) throw std::invalid_argument("head output_size must be positive");
  if (type == HeadType::Dense) {
    if (input_size > (int64_t{1} << 40) / output_size)
      throw std::invalid_argument("dense head is too large");
    return;
  }
  if (rank < 1) throw std::invalid_argument("head rank must be positive");
  btt_shape();  // validates block_size and sizes
}

HeadCost head_cost(const HeadConfig& config) {
  config.validate();
  HeadCost cost;
  if (config.type == HeadType::Dense) {
    cost.parameters = config.input_size * config.output_size;
    cost.flops_per_row = 2 * cost.parameters;
  } else {
    const BttShape shape = config.btt_shape();
    cost.parameters = shape.parameter_count() + (config.normalize_cores ? 2 : 0);
    cost.flops_per_row = shape.flops_per_row();
  }
  if (config.bias) {
    cost.parameters += config.output_size;
    cost.flops_per_row += config.output_size;
  }
  return cost;
}

ProjectionHeadImpl::ProjectionHeadImpl(HeadConfig config) : config_(std::move(config)) {
  config_.validate();
  if (config_.bias) bias_ = register_parameter("bias", torch::zeros({config_.output_size}));
}

torch::Tensor ProjectionHeadImpl::add_bias(torch::Tensor y) const {
  return bias_.defined() ? y + bias_ : y;
}

std::shared_ptr<ProjectionHeadImpl> make_projection_head(const HeadConfig& config) {
  switch (config.type) {
    case HeadType::Dense: return std::make_shared<DenseHeadImpl>(config);
    case HeadType::Btt: return std::make_shared<BttHeadImpl>(config);
    case HeadType::Sfp: return std::make_shared<SfpHeadImpl>(config);
  }
  throw std::invalid_argument("unknown head type");
}

}  // namespace ctlite::ai
