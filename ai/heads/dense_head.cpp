#include "ai/heads/dense_head.h"

#include <torch/torch.h>

#include <cmath>
#include <stdexcept>

namespace ctlite::ai {

DenseHeadImpl::DenseHeadImpl(HeadConfig config) : ProjectionHeadImpl(std::move(config)) {
  // nn.Linear's default (kaiming_uniform with a = √5) amounts to U(−1/√in, 1/√in).
  const double bound = 1.0 / std::sqrt(static_cast<double>(this->config().input_size));
  weight_ = register_parameter(
      "weight", torch::empty({this->config().output_size, this->config().input_size})
                    .uniform_(-bound, bound));
}

torch::Tensor DenseHeadImpl::forward(const torch::Tensor& x) {
  if (x.dim() < 1 || x.size(-1) != config().input_size)
    throw std::invalid_argument("dense head expects " + std::to_string(config().input_size) +
                                " input features");
  return add_bias(torch::matmul(x, weight_.t()));
}

torch::Tensor DenseHeadImpl::dense_matrix() { return weight_.t(); }

double DenseHeadImpl::initialize_from_linear_weight(const torch::Tensor& weight) {
  if (!weight.sizes().equals(weight_.sizes()))
    throw std::invalid_argument("dense head: weight shape does not match the head");
  torch::NoGradGuard no_grad;
  weight_.copy_(weight);
  return 0.0;
}

}  // namespace ctlite::ai
