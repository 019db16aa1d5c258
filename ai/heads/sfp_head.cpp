#include "ai/heads/sfp_head.h"

#include <torch/torch.h>

#include <stdexcept>

#include "ai/heads/btt_matmul.h"

namespace ctlite::ai {
namespace {

HeadConfig as_sfp(HeadConfig config) {
  config.type = HeadType::Sfp;
  return config;
}

}  // namespace

SfpHeadImpl::SfpHeadImpl(HeadConfig config) : BttHeadImpl(as_sfp(std::move(config))) {}

int64_t SfpHeadImpl::block_count() const { return config().input_size / config().block_size; }

void SfpHeadImpl::check_block(int64_t block) const {
  if (block < 0 || block >= block_count())
    throw std::out_of_range("SFP block " + std::to_string(block) + " out of range [0, " +
                            std::to_string(block_count()) + ")");
}

torch::Tensor SfpHeadImpl::first_core_slice(const torch::Tensor& first, int64_t block) const {
  check_block(block);
  const int64_t b1 = shape().m1 / block_count();
  return first.narrow(0, block * b1, b1);
}

torch::Tensor SfpHeadImpl::second_core_slice(const torch::Tensor& second, int64_t block) const {
  check_block(block);
  const int64_t width = shape().rank * (shape().m1 / block_count());
  return second.narrow(1, block * width, width);
}

torch::Tensor SfpHeadImpl::block_first_core(int64_t block) const {
  return first_core_slice(first_core(), block);
}

torch::Tensor SfpHeadImpl::block_second_core(int64_t block) const {
  return second_core_slice(second_core(), block);
}

torch::Tensor SfpHeadImpl::block_matrix(int64_t block) {
  auto [first, second] = effective_cores();
  return btt_dense_matrix(first_core_slice(first, block), second_core_slice(second, block),
                          shape().rank);
}

}  // namespace ctlite::ai
