#pragma once
// Exact t-SNE (van der Maaten & Hinton 2008) of a few thousand points into 2-D: how the
// evaluation views show whether image latents of cases with a finding gather near that
// finding's "present" prompt latent. Plain C++ (no LibTorch): O(N²) memory and time per
// iteration, which is fine up to kMaxTsnePoints; Barnes-Hut is not needed at that size.
//
// Method, as in the reference implementation: per-point Gaussian bandwidths found by binary
// search so each conditional distribution has the requested perplexity; symmetrised joint
// probabilities; Student-t (one degree of freedom) similarities in the map; gradient descent
// with momentum (0.5, then 0.8), per-parameter adaptive gains, and early exaggeration of P for
// the first iterations so clusters form before they are spread out.

#include <array>
#include <cstdint>
#include <vector>

namespace ctlite::ai {

constexpr std::size_t kMaxTsnePoints = 4096;  // two N×N double matrices: 268 MB at this size

struct TsneOptions {
  double perplexity = 30.0;  // lowered to (N − 1) / 3 when the points are too few for it
  int iterations = 1000;
  double early_exaggeration = 12.0;
  int exaggeration_iterations = 250;
  double learning_rate = 0.0;  // 0: max(N / early_exaggeration / 4, 50) (Belkina et al. 2019)
  std::uint64_t seed = 0;      // the same seed and input give the same map on every machine
};

struct TsneResult {
  std::vector<std::array<double, 2>> points;  // one per input row, centred on the origin
  double perplexity = 0.0;                    // the one used
  double kl_divergence = 0.0;                 // KL(P‖Q) of the final map
  int iterations = 0;
};

// `rows`: N points of equal dimension. Throws std::invalid_argument for ragged rows, a
// non-finite value, more than kMaxTsnePoints points or perplexity/iterations that make no sense.
// Fewer than two points map to the origin.
TsneResult tsne(const std::vector<std::vector<double>>& rows, const TsneOptions& options = {});

// Trustworthiness T(k) ∈ [0, 1] (Venna & Kaski 2001): 1 when every point's k nearest
// neighbours in the map are also among its k nearest in the input; penalises map neighbours by
// how far down the input ranking they are. Needs k < N / 2. The same check scikit-learn offers.
double trustworthiness(const std::vector<std::vector<double>>& rows,
                       const std::vector<std::array<double, 2>>& points, int k);

}  // namespace ctlite::ai
