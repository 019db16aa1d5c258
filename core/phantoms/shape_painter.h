#pragma once
// Painting analytic shapes into one slice. A shape only visits the voxels of its bounding box,
// evaluates a signed distance (negative inside, mm) and, where the voxel's current label is one
// it may cover, blends its value in with a one-voxel anti-aliased edge. Painting slice by slice
// keeps a slice's buffers in cache and lets slabs run on separate threads.

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "core/phantoms/phantom_geometry.h"
#include "core/phantoms/phantom_noise.h"
#include "core/phantoms/tissue_label.h"

namespace ctlite::core::phantom {

struct SliceCanvas {
  const PhantomGrid* grid = nullptr;
  const std::vector<std::pair<int, int>>* field_of_view = nullptr;  // grid->field_of_view_spans()
  int k = 0;
  double z = 0;
  float* hu = nullptr;            // grid->nx * grid->ny values of this slice
  std::uint8_t* label = nullptr;  // same layout
  bool hard_edges = false;        // clean ground-truth mode: inside or not, no blending
  std::uint64_t seed = 0;

  std::size_t index(int i, int j) const { return static_cast<std::size_t>(j) * grid->nx + i; }
};

struct Material {
  float hu = 0;
  std::uint8_t label = 0;
  LabelMask allowed;                    // labels this material may paint over
  float texture_hu = 0;                 // amplitude of smooth value-noise texture
  float texture_mm = 6;                 // its feature size
  float min_hu = -1e9f, max_hu = 1e9f;  // texture never leaves this range

  static Material of(Tissue tissue, float hu, LabelMask allowed) {
    return Material{hu, label_of(tissue), allowed};
  }
  static Material of(Finding finding, float hu, LabelMask allowed) {
    return Material{hu, label_of(finding), allowed};
  }
  Material& textured(float amplitude, float feature_mm, float low, float high) {
    texture_hu = amplitude;
    texture_mm = feature_mm;
    min_hu = low;
    max_hu = high;
    return *this;
  }
};

class Shape {
 public:
  explicit Shape(const Box& bounds) : bounds_(bounds) {}
  virtual ~Shape() = default;
  const Box& bounds() const { return bounds_; }
  virtual void paint(const SliceCanvas& canvas) const = 0;

 protected:
  Box bounds_;
};

using ShapeList = std::vector<std::unique_ptr<Shape>>;

// Calls visit(i, j, x, y) for every voxel centre of the slice inside `box` (grown by `margin`);
// `row_span(y, x_lo, x_hi)` may narrow each row to [x_lo, x_hi] or skip it by returning false.
template <typename RowSpan, typename Visit>
inline void for_each_voxel_in(const SliceCanvas& canvas, const Box& box, double margin,
                              RowSpan&& row_span, Visit&& visit) {
  const PhantomGrid& g = *canvas.grid;
  if (canvas.z < box.lo.z - margin || canvas.z > box.hi.z + margin) return;
  int j0, j1;
  PhantomGrid::range(box.lo.y - margin, box.hi.y + margin, g.y0, g.sy, g.ny, j0, j1);
  for (int j = j0; j <= j1; ++j) {
    const double y = g.y(j);
    double x_lo = box.lo.x - margin, x_hi = box.hi.x + margin;
    if (!row_span(y, x_lo, x_hi)) continue;
    int i0, i1;
    PhantomGrid::range(std::max(x_lo, box.lo.x - margin), std::min(x_hi, box.hi.x + margin), g.x0,
                       g.sx, g.nx, i0, i1);
    for (int i = i0; i <= i1; ++i) visit(i, j, g.x(i), y);
  }
}

inline bool whole_row(double, double&, double&) { return true; }

// Paints `material` where sdf(x, y, z) < 0, blending across one in-plane voxel at the border.
template <typename Sdf, typename RowSpan = bool (*)(double, double&, double&)>
inline void paint_sdf(const SliceCanvas& canvas, const Box& box, const Material& m, Sdf&& sdf,
                      RowSpan&& row_span = whole_row) {
  const double edge = canvas.grid->sx;
  const double z = canvas.z;
  const bool textured = m.texture_hu != 0;
  const std::uint64_t texture_seed = hash_combine(canvas.seed, m.label);
  for_each_voxel_in(canvas, box, 0.5 * edge, row_span, [&](int i, int j, double x, double y) {
    const std::size_t at = canvas.index(i, j);
    if (!m.allowed.contains(canvas.label[at])) return;
    const double d = sdf(x, y, z);
    double coverage;
    if (canvas.hard_edges) {
      if (d > 0) return;
      coverage = 1;
    } else {
      if (d >= 0.5 * edge) return;
      coverage = std::min(1.0, 0.5 - d / edge);
    }
    float target = m.hu;
    if (textured)
      target =
          std::clamp(static_cast<float>(
                         m.hu + m.texture_hu * value_noise({x, y, z}, m.texture_mm, texture_seed)),
                     m.min_hu, m.max_hu);
    float& h = canvas.hu[at];
    h += static_cast<float>((target - h) * coverage);
    if (coverage >= 0.5) canvas.label[at] = m.label;
  });
}

inline double capsule_distance(Vec3 p, Vec3 a, Vec3 ab, double inv_len2, double ra, double rb) {
  const Vec3 ap = p - a;
  const double t = clamp01(dot(ap, ab) * inv_len2);
  const Vec3 closest = a + ab * t;
  return length(p - closest) - (ra + (rb - ra) * t);
}

// Any shape given as a signed-distance function over a bounding box: pleural effusion
// crescents, clipped ellipsoids, lobular patterns.
template <typename Sdf>
class SdfShape : public Shape {
 public:
  SdfShape(const Box& bounds, const Material& material, Sdf sdf)
      : Shape(bounds), material_(material), sdf_(std::move(sdf)) {}
  void paint(const SliceCanvas& canvas) const override {
    paint_sdf(canvas, bounds_, material_, sdf_);
  }

 private:
  Material material_;
  Sdf sdf_;
};

template <typename Sdf>
std::unique_ptr<Shape> make_sdf_shape(const Box& bounds, const Material& material, Sdf sdf) {
  return std::make_unique<SdfShape<Sdf>>(bounds, material, std::move(sdf));
}

// A cylinder with rounded ends whose radius tapers linearly from `ra` at `a` to `rb` at `b`:
// airway and vessel segments, wires, catheters, fibrotic bands.
class CapsuleShape : public Shape {
 public:
  CapsuleShape(Vec3 a, Vec3 b, double ra, double rb, const Material& material)
      : Shape(Box::around_segment(a, b, std::max(ra, rb))),
        a_(a),
        ab_(b - a),
        inv_len2_(dot(b - a, b - a) > 0 ? 1.0 / dot(b - a, b - a) : 0.0),
        ra_(ra),
        rb_(rb),
        material_(material) {}
  void paint(const SliceCanvas& canvas) const override;

 private:
  Vec3 a_, ab_;
  double inv_len2_, ra_, rb_;
  Material material_;
};

// An ellipsoid with arbitrary orientation (`axes` orthonormal), optionally with a border made
// irregular by value noise of `roughness_mm` amplitude (lesion margins, patchy opacities).
class EllipsoidShape : public Shape {
 public:
  EllipsoidShape(Vec3 centre, const std::array<Vec3, 3>& axes, Vec3 radii, const Material& material,
                 double roughness_mm = 0, double roughness_cell_mm = 8, std::uint64_t seed = 0);
  // Axis-aligned convenience.
  EllipsoidShape(Vec3 centre, Vec3 radii, const Material& material)
      : EllipsoidShape(centre, {Vec3{1, 0, 0}, Vec3{0, 1, 0}, Vec3{0, 0, 1}}, radii, material) {}
  void paint(const SliceCanvas& canvas) const override;
  // Signed distance (approximate, exact on the surface) of point p, without roughness.
  double distance(Vec3 p) const;

 private:
  Vec3 centre_;
  std::array<Vec3, 3> axes_;
  Vec3 radii_;
  Material material_;
  double roughness_mm_, roughness_cell_mm_;
  std::uint64_t seed_;
};

// A union of spheres: lobulated nodules and lymph nodes, calcified plaques.
class SphereClusterShape : public Shape {
 public:
  struct Sphere {
    Vec3 centre;
    double radius = 0;
  };
  SphereClusterShape(std::vector<Sphere> spheres, const Material& material);
  void paint(const SliceCanvas& canvas) const override;

 private:
  std::vector<Sphere> spheres_;
  Material material_;
};

}  // namespace ctlite::core::phantom
