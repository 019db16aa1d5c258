#include "ai/analysis/tsne.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>

namespace ctlite::ai {
namespace {

using Rows = std::vector<std::vector<double>>;

void check_rows(const Rows& rows) {
  if (rows.size() > kMaxTsnePoints)
    throw std::invalid_argument("t-SNE: " + std::to_string(rows.size()) + " points, at most " +
                                std::to_string(kMaxTsnePoints) + " (exact t-SNE is O(N²))");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].size() != rows[0].size() || rows[i].empty())
      throw std::invalid_argument("t-SNE: row " + std::to_string(i) + " has " + std::to_string(rows[i].size()) +
                                  " values, row 0 has " + std::to_string(rows[0].size()));
    for (double v : rows[i])
      if (!std::isfinite(v)) throw std::invalid_argument("t-SNE: row " + std::to_string(i) + " holds a non-finite value");
  }
}

// Squared Euclidean distances, N×N row-major.
std::vector<double> squared_distances(const Rows& rows) {
  const std::size_t n = rows.size();
  std::vector<double> d(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      double sum = 0.0;
      for (std::size_t k = 0; k < rows[i].size(); ++k) {
        const double diff = rows[i][k] - rows[j][k];
        sum += diff * diff;
      }
      d[i * n + j] = d[j * n + i] = sum;
    }
  return d;
}

// Row i of the conditional P(j|i) ∝ exp(−β·d_ij), β found by bisection on the entropy (in nats)
// so that exp(H) equals the perplexity. Written over `row` (the distances on entry).
void conditional_row(double* row, std::size_t n, std::size_t i, double target_entropy) {
  // Distances relative to the nearest neighbour keep exp() from underflowing for every j when
  // the points are far apart (large latents), which would leave the row undefined.
  double nearest = std::numeric_limits<double>::infinity();
  for (std::size_t j = 0; j < n; ++j)
    if (j != i) nearest = std::min(nearest, row[j]);
  std::vector<double> distance(row, row + n);
  double beta = 1.0, low = 0.0, high = std::numeric_limits<double>::infinity();
  for (int step = 0; step < 200; ++step) {
    double sum = 0.0, weighted = 0.0;
    for (std::size_t j = 0; j < n; ++j) {
      const double shifted = distance[j] - nearest;
      row[j] = j == i ? 0.0 : std::exp(-beta * shifted);
      sum += row[j];
      weighted += row[j] * shifted;
    }
    // H = log Σ + β·E[d − d_min]: the entropy of the normalised row.
    const double entropy = std::log(sum) + beta * weighted / sum;
    for (std::size_t j = 0; j < n; ++j) row[j] /= sum;
    const double error = entropy - target_entropy;
    if (std::abs(error) < 1e-5) break;
    if (error > 0) {  // too flat: sharpen
      low = beta;
      beta = std::isinf(high) ? beta * 2.0 : (beta + high) / 2.0;
    } else {
      high = beta;
      beta = (beta + low) / 2.0;
    }
  }
}

// Symmetric joint probabilities p_ij = (p_j|i + p_i|j) / 2N, floored as in the reference code.
std::vector<double> joint_probabilities(const Rows& rows, double perplexity) {
  const std::size_t n = rows.size();
  std::vector<double> p = squared_distances(rows);
  const double target_entropy = std::log(perplexity);
  for (std::size_t i = 0; i < n; ++i) conditional_row(&p[i * n], n, i, target_entropy);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      const double joint = std::max((p[i * n + j] + p[j * n + i]) / (2.0 * static_cast<double>(n)), 1e-12);
      p[i * n + j] = p[j * n + i] = joint;
    }
  for (std::size_t i = 0; i < n; ++i) p[i * n + i] = 0.0;
  return p;
}

// A standard normal from the 64-bit Mersenne Twister by Box–Muller with explicit bit
// arithmetic: std::normal_distribution differs between standard libraries, and the map must
// not depend on which one built the engine.
class Gaussian {
 public:
  explicit Gaussian(std::uint64_t seed) : engine_(seed) {}
  double operator()() {
    const double u1 = (static_cast<double>(engine_() >> 11) + 1.0) * 0x1.0p-53;  // (0, 1]
    const double u2 = static_cast<double>(engine_() >> 11) * 0x1.0p-53;
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
  }

 private:
  std::mt19937_64 engine_;
};

// Student-t numerators 1 / (1 + ‖y_i − y_j‖²) into `numerators`; returns their sum.
double map_similarities(const std::vector<std::array<double, 2>>& y, std::vector<double>& numerators) {
  const std::size_t n = y.size();
  double sum = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    numerators[i * n + i] = 0.0;
    for (std::size_t j = i + 1; j < n; ++j) {
      const double dx = y[i][0] - y[j][0], dy = y[i][1] - y[j][1];
      const double q = 1.0 / (1.0 + dx * dx + dy * dy);
      numerators[i * n + j] = numerators[j * n + i] = q;
      sum += 2.0 * q;
    }
  }
  return sum;
}

}  // namespace

TsneResult tsne(const Rows& rows, const TsneOptions& options) {
  check_rows(rows);
  if (!(options.perplexity > 0.0) || options.iterations < 1 || options.exaggeration_iterations < 0 ||
      !(options.early_exaggeration >= 1.0) || !(options.learning_rate >= 0.0))
    throw std::invalid_argument("t-SNE: perplexity and early exaggeration must be positive, iterations at least 1");
  const std::size_t n = rows.size();
  TsneResult result;
  result.points.assign(n, {0.0, 0.0});
  result.perplexity = options.perplexity;
  if (n < 2) return result;
  // sklearn refuses perplexity ≥ N; 3·perplexity neighbours is what the bandwidth search wants.
  result.perplexity = std::max(1.0, std::min(options.perplexity, static_cast<double>(n - 1) / 3.0));
  const std::vector<double> p = joint_probabilities(rows, result.perplexity);

  const double learning_rate = options.learning_rate > 0.0
                                   ? options.learning_rate
                                   : std::max(static_cast<double>(n) / options.early_exaggeration / 4.0, 50.0);
  Gaussian gaussian(options.seed);
  std::vector<std::array<double, 2>>& y = result.points;
  for (auto& point : y) point = {1e-4 * gaussian(), 1e-4 * gaussian()};
  std::vector<std::array<double, 2>> update(n, {0.0, 0.0}), gains(n, {1.0, 1.0}), gradient(n);
  std::vector<double> numerators(n * n);

  for (int iteration = 0; iteration < options.iterations; ++iteration) {
    const bool early = iteration < options.exaggeration_iterations;
    const double exaggeration = early ? options.early_exaggeration : 1.0;
    const double momentum = early ? 0.5 : 0.8;
    const double z = map_similarities(y, numerators);
    // dC/dy_i = 4 Σ_j (p_ij − q_ij) (y_i − y_j) / (1 + ‖y_i − y_j‖²)
    for (std::size_t i = 0; i < n; ++i) {
      double gx = 0.0, gy = 0.0;
      for (std::size_t j = 0; j < n; ++j) {
        if (j == i) continue;
        const double q = numerators[i * n + j];
        const double force = (exaggeration * p[i * n + j] - q / z) * q;
        gx += force * (y[i][0] - y[j][0]);
        gy += force * (y[i][1] - y[j][1]);
      }
      gradient[i] = {4.0 * gx, 4.0 * gy};
    }
    std::array<double, 2> mean{0.0, 0.0};
    for (std::size_t i = 0; i < n; ++i)
      for (int d = 0; d < 2; ++d) {
        // Jacobs' delta-bar-delta gains: grow while the gradient keeps opposing the last step.
        double& gain = gains[i][d];
        gain = (gradient[i][d] > 0.0) != (update[i][d] > 0.0) ? gain + 0.2 : gain * 0.8;
        gain = std::max(gain, 0.01);
        update[i][d] = momentum * update[i][d] - learning_rate * gain * gradient[i][d];
        y[i][d] += update[i][d];
        mean[d] += y[i][d] / static_cast<double>(n);
      }
    for (auto& point : y)
      for (int d = 0; d < 2; ++d) point[d] -= mean[d];
  }
  result.iterations = options.iterations;

  const double z = map_similarities(y, numerators);
  double kl = 0.0;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      if (i != j) kl += p[i * n + j] * std::log(p[i * n + j] / std::max(numerators[i * n + j] / z, 1e-12));
  result.kl_divergence = kl;
  return result;
}

double trustworthiness(const Rows& rows, const std::vector<std::array<double, 2>>& points, int k) {
  check_rows(rows);
  const std::size_t n = rows.size();
  if (points.size() != n) throw std::invalid_argument("trustworthiness: one map point per input row is required");
  if (k < 1 || 2.0 * k >= static_cast<double>(n)) throw std::invalid_argument("trustworthiness: k must be in [1, N/2)");
  const std::vector<double> input = squared_distances(rows);
  double penalty = 0.0;
  std::vector<std::size_t> order(n);
  std::vector<std::size_t> input_rank(n);
  for (std::size_t i = 0; i < n; ++i) {
    // Rank of every j among i's input neighbours (1 = nearest; ties broken by index).
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const double da = a == i ? -1.0 : input[i * n + a], db = b == i ? -1.0 : input[i * n + b];
      return da != db ? da < db : a < b;
    });
    for (std::size_t r = 0; r < n; ++r) input_rank[order[r]] = r;
    // The k nearest in the map.
    std::iota(order.begin(), order.end(), 0);
    auto map_distance = [&](std::size_t j) {
      if (j == i) return -1.0;
      const double dx = points[i][0] - points[j][0], dy = points[i][1] - points[j][1];
      return dx * dx + dy * dy;
    };
    std::partial_sort(order.begin(), order.begin() + k + 1, order.end(), [&](std::size_t a, std::size_t b) {
      const double da = map_distance(a), db = map_distance(b);
      return da != db ? da < db : a < b;
    });
    for (int r = 1; r <= k; ++r) {
      const double rank = static_cast<double>(input_rank[order[static_cast<std::size_t>(r)]]);
      if (rank > k) penalty += rank - k;
    }
  }
  const double nn = static_cast<double>(n), kk = static_cast<double>(k);
  return 1.0 - 2.0 / (nn * kk * (2.0 * nn - 3.0 * kk - 1.0)) * penalty;
}

}  // namespace ctlite::ai
