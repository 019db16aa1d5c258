#include "core/phantoms/shape_painter.h"

#include <cmath>
#include <stdexcept>
#include <utility>

namespace ctlite::core::phantom {

namespace {

Box ellipsoid_bounds(Vec3 centre, const std::array<Vec3, 3>& axes, Vec3 radii, double grow) {
  // Half-extent along world axis e of a rotated ellipsoid: sqrt(sum_i (r_i * axis_i.e)^2).
  const double r[3] = {radii.x, radii.y, radii.z};
  Vec3 half{};
  for (int i = 0; i < 3; ++i) {
    half.x += (r[i] * axes[i].x) * (r[i] * axes[i].x);
    half.y += (r[i] * axes[i].y) * (r[i] * axes[i].y);
    half.z += (r[i] * axes[i].z) * (r[i] * axes[i].z);
  }
  half = Vec3{std::sqrt(half.x), std::sqrt(half.y), std::sqrt(half.z)} + Vec3{grow, grow, grow};
  return {centre - half, centre + half};
}

}  // namespace

EllipsoidShape::EllipsoidShape(Vec3 centre, const std::array<Vec3, 3>& axes, Vec3 radii,
                               const Material& material, double roughness_mm,
                               double roughness_cell_mm, std::uint64_t seed)
    : Shape(ellipsoid_bounds(centre, axes, radii, roughness_mm)),
      centre_(centre),
      axes_(axes),
      radii_(radii),
      material_(material),
      roughness_mm_(roughness_mm),
      roughness_cell_mm_(roughness_cell_mm),
      seed_(seed) {}

void CapsuleShape::paint(const SliceCanvas& canvas) const {
  // Only the part of the segment within reach of this slice matters: for an oblique vessel that
  // is a small piece of its full bounding box.
  const double reach = std::max(ra_, rb_) + canvas.grid->sx;
  double t0 = 0, t1 = 1;
  if (std::abs(ab_.z) > 1e-9) {
    t0 = (canvas.z - reach - a_.z) / ab_.z;
    t1 = (canvas.z + reach - a_.z) / ab_.z;
    if (t0 > t1) std::swap(t0, t1);
    t0 = std::max(t0, 0.0);
    t1 = std::min(t1, 1.0);
    if (t0 > t1) return;
  } else if (std::abs(canvas.z - a_.z) > reach) {
    return;
  }
  const Box piece = Box::around_segment(a_ + ab_ * t0, a_ + ab_ * t1, std::max(ra_, rb_));
  paint_sdf(canvas, piece, material_, [&](double x, double y, double z) {
    return capsule_distance({x, y, z}, a_, ab_, inv_len2_, ra_, rb_);
  });
}

double EllipsoidShape::distance(Vec3 p) const {
  const Vec3 d = p - centre_;
  const Vec3 q{dot(d, axes_[0]) / radii_.x, dot(d, axes_[1]) / radii_.y,
               dot(d, axes_[2]) / radii_.z};
  const double k0 = length(q);
  const Vec3 q2{q.x / radii_.x, q.y / radii_.y, q.z / radii_.z};
  const double k1 = length(q2);
  // Quilez's ellipsoid bound: exact on the surface, a good estimate nearby; the centre is
  // deepest by the smallest radius.
  if (k1 < 1e-12) return -std::min({radii_.x, radii_.y, radii_.z});
  return k0 * (k0 - 1.0) / k1;
}

void EllipsoidShape::paint(const SliceCanvas& canvas) const {
  // Each row meets the (grown) ellipsoid in one x interval: solve |M (p - c)|^2 = 1 along the
  // row, with M scaling the local axes by 1 / radius, instead of testing the whole box.
  const double grow = roughness_mm_ + canvas.grid->sx;
  const Vec3 r = radii_ + Vec3{grow, grow, grow};
  const Vec3 u{axes_[0].x / r.x, axes_[1].x / r.y, axes_[2].x / r.z};
  const double a = dot(u, u);
  const auto row_span = [&](double y, double& x_lo, double& x_hi) {
    const Vec3 d = Vec3{0, y, canvas.z} - centre_;
    const Vec3 v{dot(d, axes_[0]) / r.x, dot(d, axes_[1]) / r.y, dot(d, axes_[2]) / r.z};
    const double b = 2 * dot(u, v), c = dot(v, v) - 1;
    const double disc = b * b - 4 * a * c;
    if (disc < 0) return false;
    const double root = std::sqrt(disc);
    x_lo = (-b - root) / (2 * a);
    x_hi = (-b + root) / (2 * a);
    return true;
  };
  if (roughness_mm_ > 0) {
    paint_sdf(
        canvas, bounds_, material_,
        [&](double x, double y, double z) {
          const Vec3 p{x, y, z};
          const double d = distance(p);
          if (d > roughness_mm_ + canvas.grid->sx) return d;
          return d + roughness_mm_ * value_noise(p, roughness_cell_mm_, seed_);
        },
        row_span);
  } else {
    paint_sdf(
        canvas, bounds_, material_,
        [&](double x, double y, double z) {
          return distance({x, y, z});
        },
        row_span);
  }
}

SphereClusterShape::SphereClusterShape(std::vector<Sphere> spheres, const Material& material)
    : Shape(spheres.empty() ? throw std::invalid_argument("a sphere cluster needs a sphere")
                            : Box::around(spheres.front().centre, spheres.front().radius)),
      spheres_(std::move(spheres)),
      material_(material) {
  for (const Sphere& s : spheres_) bounds_ = bounds_.united(Box::around(s.centre, s.radius));
}

void SphereClusterShape::paint(const SliceCanvas& canvas) const {
  paint_sdf(canvas, bounds_, material_, [&](double x, double y, double z) {
    double best = 1e30;
    for (const Sphere& s : spheres_)
      best = std::min(best, length(Vec3{x, y, z} - s.centre) - s.radius);
    return best;
  });
}

}  // namespace ctlite::core::phantom
