#include "ai/heads/btt_head.h"

#include <torch/torch.h>

#include <cmath>
#include <stdexcept>

#include "ai/heads/btt_matmul.h"
#include "ai/heads/btt_svd_init.h"

namespace ctlite::ai {
namespace {

double mup_std(int64_t fan_in, int64_t fan_out) {
  const double a = static_cast<double>(fan_in);
  const double b = static_cast<double>(fan_out);
  return std::sqrt(1.0 / a) * std::min(1.0, std::sqrt(b / a));
}

}  // namespace

BttHeadImpl::BttHeadImpl(HeadConfig config)
    : ProjectionHeadImpl(std::move(config)), shape_(this->config().btt_shape()) {
  first_core_ = register_parameter("W1", torch::empty({shape_.m1, shape_.m0, shape_.rank * shape_.n0}));
  second_core_ = register_parameter("W2", torch::empty({shape_.n0, shape_.rank * shape_.m1, shape_.n1}));
  if (this->config().normalize_cores) {
    gamma0_ = register_parameter("gamma0", torch::ones({}));
    gamma1_ = register_parameter("gamma1", torch::ones({}));
  }
  reset_parameters_mup();
}

void BttHeadImpl::reset_parameters_mup() {
  torch::NoGradGuard no_grad;
  first_core_.normal_(0.0, mup_std(shape_.m0, shape_.rank * shape_.n0));
  second_core_.normal_(0.0, mup_std(shape_.rank * shape_.m1, shape_.n1));
}

std::pair<torch::Tensor, torch::Tensor> BttHeadImpl::effective_cores() const {
  if (!config().normalize_cores) return {first_core_, second_core_};
  return {gamma0_ * btt_normalized_core(first_core_, shape_.m0, shape_.rank * shape_.n0),
          gamma1_ * btt_normalized_core(second_core_, shape_.rank * shape_.m1, shape_.n1)};
}

torch::Tensor BttHeadImpl::forward(const torch::Tensor& x) {
  auto [first, second] = effective_cores();
  return add_bias(btt_matmul(x, first, second, shape_.rank));
}

torch::Tensor BttHeadImpl::dense_matrix() {
  auto [first, second] = effective_cores();
  return btt_dense_matrix(first, second, shape_.rank);
}

double BttHeadImpl::initialize_from_linear_weight(const torch::Tensor& weight) {
  if (weight.dim() != 2 || weight.size(0) != shape_.output_size() ||
      weight.size(1) != shape_.input_size())
    throw std::invalid_argument("BTT head: SVD init needs a " +
                                std::to_string(shape_.output_size()) + "x" +
                                std::to_string(shape_.input_size()) + " weight");
  const BttCores cores = btt_cores_from_dense(weight.t(), shape_);
  torch::NoGradGuard no_grad;
  first_core_.copy_(cores.first);
  second_core_.copy_(cores.second);
  // With btt_norm the forward divides each core by max(1, rms/max_rms); setting each gain to that
  // divisor makes the effective cores exactly the SVD factors.
  if (config().normalize_cores) {
    gamma0_.copy_(btt_norm_divisor(first_core_, shape_.m0, shape_.rank * shape_.n0));
    gamma1_.copy_(btt_norm_divisor(second_core_, shape_.rank * shape_.m1, shape_.n1));
  }
  const double norm = weight.to(torch::kFloat64).square().sum().item<double>();
  return norm > 0 ? std::sqrt(cores.squared_error / norm) : 0.0;
}

}  // namespace ctlite::ai
