#include "core/phantoms/scene_context.h"

#include <algorithm>

namespace ctlite::core::phantom {

namespace {

template <typename Accept>
std::optional<Vec3> sample_lung_point_where(const SceneContext& scene, Rng& rng, double margin,
                                            int attempts, Accept&& accept) {
  const ChestGeometry& g = scene.geometry();
  const double z_lo = std::max(scene.z_min() + margin, -g.dome_depth - 10.0);
  const double z_hi = std::min(scene.z_max() - margin, g.lung_height);
  if (z_lo >= z_hi) return std::nullopt;
  for (int attempt = 0; attempt < attempts; ++attempt) {
    const Vec3 p{rng.uniform(-g.rib_ax, g.rib_ax), rng.uniform(-g.rib_ay, g.rib_ay),
                 rng.uniform(z_lo, z_hi)};
    if (!accept(p) || !scene.anatomy.in_lung_with_margin(p, margin) || scene.claimed.contains(p))
      continue;
    const Vec3 snapped = scene.grid.snap(p);
    if (accept(snapped) && scene.anatomy.in_lung(snapped) && !scene.claimed.contains(snapped))
      return snapped;
  }
  return std::nullopt;
}

}  // namespace

void SceneContext::claim_tube(std::vector<Vec3> points, double radius) const {
  claim([points = std::move(points), radius](Vec3 p) {
    for (std::size_t n = 1; n < points.size(); ++n) {
      const Vec3 ab = points[n] - points[n - 1];
      const double len2 = dot(ab, ab);
      const double inv = len2 > 0 ? 1.0 / len2 : 0.0;
      if (capsule_distance(p, points[n - 1], ab, inv, radius, radius) < 0) return true;
    }
    return false;
  });
}

bool lobe_on_side(Lobe lobe, Side side) { return side == Side::Both || side_of(lobe) == side; }

std::optional<Vec3> sample_lung_point(const SceneContext& scene, Rng& rng, Lobe lobe, double margin,
                                      int attempts) {
  return sample_lung_point_where(scene, rng, margin, attempts,
                                 [&](Vec3 p) { return scene.anatomy.lobe_at(p) == lobe; });
}

std::optional<Vec3> sample_lung_point(const SceneContext& scene, Rng& rng, Side side, double margin,
                                      int attempts) {
  return sample_lung_point_where(scene, rng, margin, attempts, [&](Vec3 p) {
    return side == Side::Both || (side == Side::Right) == (p.x < 0);
  });
}

}  // namespace ctlite::core::phantom
