#include "ai/heads/btt_shape.h"

#include <limits>
#include <stdexcept>

namespace ctlite::ai {
namespace {

int64_t checked_multiply(int64_t a, int64_t b) {
  if (a != 0 && b > std::numeric_limits<int64_t>::max() / a)
    throw std::invalid_argument("BTT size overflows 64 bits");
  return a * b;
}

}  // namespace

std::pair<int64_t, int64_t> factorize_in_two(int64_t n) {
  if (n < 1) throw std::invalid_argument("factorize: " + std::to_string(n) + " is not positive");
  int64_t numbers[2] = {1, 1};
  int64_t rest = n;
  for (int64_t prime = 2; prime * prime <= rest; ++prime) {
    while (rest % prime == 0) {
      numbers[numbers[1] < numbers[0] ? 1 : 0] *= prime;
      rest /= prime;
    }
  }
  if (rest > 1) numbers[numbers[1] < numbers[0] ? 1 : 0] *= rest;
  if (numbers[0] > numbers[1]) std::swap(numbers[0], numbers[1]);
  return {numbers[0], numbers[1]};
}

void BttShape::validate() const {
  if (m0 < 1 || m1 < 1 || n0 < 1 || n1 < 1 || rank < 1)
    throw std::invalid_argument("invalid BTT shape " + to_string());
  checked_multiply(checked_multiply(checked_multiply(m1, m0), rank), n0);
  checked_multiply(checked_multiply(checked_multiply(n0, rank), m1), n1);
}

std::string BttShape::to_string() const {
  return "(m0=" + std::to_string(m0) + ", m1=" + std::to_string(m1) + ", n0=" + std::to_string(n0) +
         ", n1=" + std::to_string(n1) + ", rank=" + std::to_string(rank) + ")";
}

BttShape global_btt_shape(int64_t input_size, int64_t output_size, int64_t rank) {
  auto [m0, m1] = factorize_in_two(input_size);
  auto [n0, n1] = factorize_in_two(output_size);
  BttShape shape{m0, m1, n0, n1, rank};
  shape.validate();
  return shape;
}

BttShape sfp_btt_shape(int64_t input_size, int64_t output_size, int64_t block_size, int64_t rank) {
  if (block_size < 1 || input_size < 1 || input_size % block_size != 0)
    throw std::invalid_argument("SFP head: input size " + std::to_string(input_size) +
                                " is not a positive multiple of the block size " +
                                std::to_string(block_size));
  auto [b0, b1] = factorize_in_two(block_size);
  auto [n0, n1] = factorize_in_two(output_size);
  BttShape shape{b0, checked_multiply(input_size / block_size, b1), n0, n1, rank};
  shape.validate();
  return shape;
}

}  // namespace ctlite::ai
