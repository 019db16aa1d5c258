// Exact t-SNE: well-separated clusters stay separated and neighbourhoods survive the map
// (trustworthiness, not exact coordinates, which depend on floating-point order), the same
// seed gives the same map, and bad input is refused.

#include "ai/analysis/tsne.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace ctlite::ai {
namespace {

// `clusters` Gaussian blobs of `per_cluster` points in `dimension`-D, centres 10 σ apart.
std::vector<std::vector<double>> blobs(int clusters, int per_cluster, int dimension, unsigned seed) {
  std::mt19937 random(seed);
  std::normal_distribution<double> noise(0.0, 1.0);
  std::vector<std::vector<double>> rows;
  for (int c = 0; c < clusters; ++c)
    for (int i = 0; i < per_cluster; ++i) {
      std::vector<double> row(static_cast<std::size_t>(dimension));
      for (int d = 0; d < dimension; ++d) row[static_cast<std::size_t>(d)] = noise(random) + (d % clusters == c ? 10.0 : 0.0);
      rows.push_back(std::move(row));
    }
  return rows;
}

double distance(const std::array<double, 2>& a, const std::array<double, 2>& b) {
  return std::hypot(a[0] - b[0], a[1] - b[1]);
}

TEST(Tsne, KeepsClustersApartAndNeighboursTogether) {
  const int clusters = 3, per_cluster = 20;
  const auto rows = blobs(clusters, per_cluster, 12, 7);
  TsneOptions options;
  options.perplexity = 10;
  options.iterations = 500;
  options.seed = 3;
  const TsneResult map = tsne(rows, options);
  ASSERT_EQ(map.points.size(), rows.size());
  EXPECT_GT(trustworthiness(rows, map.points, 5), 0.9);
  // Every point's nearest map neighbour belongs to its own cluster.
  int own = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::size_t nearest = i == 0 ? 1 : 0;
    for (std::size_t j = 0; j < rows.size(); ++j)
      if (j != i && distance(map.points[i], map.points[j]) < distance(map.points[i], map.points[nearest])) nearest = j;
    own += static_cast<int>(i / per_cluster == nearest / per_cluster);
  }
  EXPECT_EQ(own, clusters * per_cluster);
  EXPECT_TRUE(std::isfinite(map.kl_divergence));
  EXPECT_GT(map.kl_divergence, 0.0);
}

TEST(Tsne, SameSeedSameMapOtherSeedOtherMap) {
  const auto rows = blobs(2, 12, 6, 1);
  TsneOptions options;
  options.iterations = 200;
  options.seed = 11;
  const TsneResult a = tsne(rows, options), b = tsne(rows, options);
  EXPECT_EQ(a.points, b.points);
  options.seed = 12;
  EXPECT_NE(tsne(rows, options).points, a.points);
}

TEST(Tsne, LowersThePerplexityForFewPoints) {
  const auto rows = blobs(2, 5, 4, 2);
  const TsneResult map = tsne(rows, TsneOptions{});
  EXPECT_DOUBLE_EQ(map.perplexity, 3.0);  // (10 − 1) / 3
  EXPECT_EQ(tsne({{1.0, 2.0}}).points.size(), 1u);
}

TEST(Tsne, TrustworthinessFallsForAScrambledMap) {
  const auto rows = blobs(3, 15, 9, 5);
  TsneOptions options;
  options.iterations = 300;
  TsneResult map = tsne(rows, options);
  const double good = trustworthiness(rows, map.points, 5);
  std::mt19937 random(1);
  std::shuffle(map.points.begin(), map.points.end(), random);
  EXPECT_LT(trustworthiness(rows, map.points, 5), good - 0.2);
}

TEST(Tsne, RefusesBadInput) {
  EXPECT_THROW(tsne({{1.0, 2.0}, {1.0}}), std::invalid_argument);
  EXPECT_THROW(tsne({{1.0, NAN}, {1.0, 2.0}}), std::invalid_argument);
  EXPECT_THROW(tsne(std::vector<std::vector<double>>(kMaxTsnePoints + 1, {0.0})), std::invalid_argument);
  TsneOptions bad;
  bad.perplexity = 0;
  EXPECT_THROW(tsne({{1.0}, {2.0}}, bad), std::invalid_argument);
  EXPECT_THROW(trustworthiness({{1.0}, {2.0}, {3.0}}, {{0, 0}, {1, 1}, {2, 2}}, 2), std::invalid_argument);
}

}  // namespace
}  // namespace ctlite::ai
