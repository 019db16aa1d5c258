#pragma once
// Millimetre geometry shared by the phantom painters: a small vector type, the voxel grid that
// maps patient millimetres (LPS: +x left, +y posterior, +z superior; z = 0 at the top of the
// right hemidiaphragm) to voxels, and the slice being painted.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

namespace ctlite::core::phantom {

struct Vec3 {
  double x = 0, y = 0, z = 0;
};
inline Vec3 operator+(Vec3 a, Vec3 b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
inline Vec3 operator-(Vec3 a, Vec3 b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
inline Vec3 operator*(Vec3 a, double s) { return {a.x * s, a.y * s, a.z * s}; }
inline Vec3 operator*(double s, Vec3 a) { return a * s; }
inline double dot(Vec3 a, Vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
inline Vec3 cross(Vec3 a, Vec3 b) {
  return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}
inline double length(Vec3 a) { return std::sqrt(dot(a, a)); }
inline Vec3 normalized(Vec3 a) {
  const double n = length(a);
  return n > 0 ? a * (1.0 / n) : Vec3{0, 0, 1};
}
inline Vec3 lerp(Vec3 a, Vec3 b, double t) { return a + (b - a) * t; }
// Any unit vector perpendicular to `a` (a unit).
inline Vec3 any_perpendicular(Vec3 a) {
  const Vec3 helper = std::abs(a.z) < 0.9 ? Vec3{0, 0, 1} : Vec3{1, 0, 0};
  return normalized(cross(a, helper));
}
// Rotates `v` about the unit axis `k` by `angle` (Rodrigues).
inline Vec3 rotate(Vec3 v, Vec3 k, double angle) {
  const double c = std::cos(angle), s = std::sin(angle);
  return v * c + cross(k, v) * s + k * (dot(k, v) * (1 - c));
}

inline double clamp01(double v) { return std::clamp(v, 0.0, 1.0); }
inline double smoothstep(double edge0, double edge1, double v) {
  const double t = clamp01((v - edge0) / (edge1 - edge0));
  return t * t * (3 - 2 * t);
}

// Axis-aligned box in mm.
struct Box {
  Vec3 lo, hi;
  static Box around(Vec3 centre, double radius) {
    return {centre - Vec3{radius, radius, radius}, centre + Vec3{radius, radius, radius}};
  }
  static Box around_segment(Vec3 a, Vec3 b, double radius) {
    return {Vec3{std::min(a.x, b.x), std::min(a.y, b.y), std::min(a.z, b.z)} -
                Vec3{radius, radius, radius},
            Vec3{std::max(a.x, b.x), std::max(a.y, b.y), std::max(a.z, b.z)} +
                Vec3{radius, radius, radius}};
  }
  Box united(const Box& o) const {
    return {{std::min(lo.x, o.lo.x), std::min(lo.y, o.lo.y), std::min(lo.z, o.lo.z)},
            {std::max(hi.x, o.hi.x), std::max(hi.y, o.hi.y), std::max(hi.z, o.hi.z)}};
  }
};

// The voxel lattice: voxel (i, j, k) has its centre at (x0 + i sx, y0 + j sy, z0 + k sz) mm.
struct PhantomGrid {
  int nx = 0, ny = 0, nz = 0;
  double sx = 1, sy = 1, sz = 1;
  double x0 = 0, y0 = 0, z0 = 0;

  double x(int i) const { return x0 + i * sx; }
  double y(int j) const { return y0 + j * sy; }
  double z(int k) const { return z0 + k * sz; }
  // Nearest voxel centre of a point, used to snap lesion centres so even a 4 mm nodule in a
  // 5 mm-slice volume covers at least its own centre voxel.
  Vec3 snap(Vec3 p) const {
    const auto snap_axis = [](double v, double origin, double step, int n) {
      const double index = std::clamp(std::round((v - origin) / step), 0.0, double(n - 1));
      return origin + index * step;
    };
    return {snap_axis(p.x, x0, sx, nx), snap_axis(p.y, y0, sy, ny), snap_axis(p.z, z0, sz, nz)};
  }
  // Per row, the half-open column span [first, last) inside the reconstruction circle (the
  // circle inscribed in the image); outside it a scanner stores padding, not air.
  std::vector<std::pair<int, int>> field_of_view_spans() const {
    std::vector<std::pair<int, int>> spans(static_cast<std::size_t>(ny));
    const double ci = 0.5 * (nx - 1), cj = 0.5 * (ny - 1);
    const double r = 0.5 * nx * sx;
    for (int j = 0; j < ny; ++j) {
      const double dy = (j - cj) * sy;
      const double w2 = r * r - dy * dy;
      if (w2 <= 0) continue;
      const double w = std::sqrt(w2) / sx;
      spans[static_cast<std::size_t>(j)] = {std::max(0, static_cast<int>(std::ceil(ci - w))),
                                            std::min(nx, static_cast<int>(std::floor(ci + w)) + 1)};
    }
    return spans;
  }
  // Inclusive index range [first, last] of voxel centres within [lo, hi] mm; empty if first > last.
  static void range(double lo, double hi, double origin, double step, int n, int& first,
                    int& last) {
    first = std::max(0, static_cast<int>(std::ceil((lo - origin) / step)));
    last = std::min(n - 1, static_cast<int>(std::floor((hi - origin) / step)));
  }
};

}  // namespace ctlite::core::phantom
