#include "core/phantoms/bronchovascular_tree.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

namespace ctlite::core::phantom {

namespace {

constexpr double kMaxBranchAngle = 1.2;  // radians from the parent direction
constexpr double kMinLumen = 0.75;       // smaller bronchi are invisible on CT
constexpr int kLobeCount = 5;

// Volume-filling branching (Tawhai et al., J Appl Physiol 2000): every branch owns a cloud of
// seed points spread through its territory, grows 40 % of the way towards their centroid, then
// splits the cloud in two by a plane through the branch and hands each half to a child. The
// tree fills the lobe evenly, and a radius following Murray's law (r^3 proportional to the
// territory it supplies) tapers it naturally from the hilum to the periphery.
class VolumeFillingGrower {
 public:
  VolumeFillingGrower(const SceneContext& scene, double min_radius)
      : scene_(scene), min_radius_(min_radius) {}

  // Seed points on a jittered lattice, grouped by lobe.
  std::array<std::vector<Vec3>, kLobeCount> seed_points(Rng& rng, double spacing) const {
    const ChestGeometry& g = scene_.geometry();
    std::array<std::vector<Vec3>, kLobeCount> lobes;
    for (double z = -g.dome_depth; z < g.lung_height; z += spacing)
      for (double y = -g.rib_ay; y < g.rib_ay; y += spacing)
        for (double x = -g.rib_ax; x < g.rib_ax; x += spacing) {
          const Vec3 p{x + rng.uniform(0, spacing), y + rng.uniform(0, spacing),
                       z + rng.uniform(0, spacing)};
          if (scene_.anatomy.in_lung(p))
            lobes[static_cast<std::size_t>(scene_.anatomy.lobe_at(p))].push_back(p);
        }
    return lobes;
  }

  struct Branch {
    Vec3 start, parent_direction, airway_start, side;
    double radius_per_point = 0;  // r = radius_per_point * cbrt(points)
    double lumen_per_point = 0;   // 0 when no airway accompanies the artery
    Lobe lobe = Lobe::RightUpper;
    int generation = 0;
  };

  void grow_bundles(Branch branch, std::vector<Vec3>::iterator first,
                    std::vector<Vec3>::iterator last, std::vector<TreeSegment>& out) {
    const auto count = static_cast<double>(last - first);
    const double radius = branch.radius_per_point * std::cbrt(count);
    Vec3 end;
    if (count < 1 || radius < min_radius_ || !advance(branch, first, last, end)) return;
    TreeSegment segment;
    segment.artery_a = branch.start;
    segment.artery_b = end;
    segment.artery_ra = segment.artery_rb = radius;
    segment.lobe = branch.lobe;
    segment.generation = branch.generation;
    const double lumen = branch.lumen_per_point * std::cbrt(count);
    Vec3 direction = normalized(end - branch.start);
    const Vec3 side = normalized(branch.side - direction * dot(branch.side, direction));
    if (lumen >= kMinLumen) {
      segment.has_airway = true;
      segment.lumen_ra = segment.lumen_rb = lumen;
      segment.wall = std::max(0.3, 0.2 * lumen);
      segment.airway_a = branch.airway_start;
      segment.airway_b = end - side * (lumen + segment.wall + radius + 0.4);
    }
    out.push_back(segment);
    if (out.size() >= kMaxSegments || count < 2) return;
    const auto middle = split(first, last, direction);
    Branch child = branch;
    child.start = end;
    child.parent_direction = direction;
    child.airway_start = segment.airway_b;
    child.side = side;
    child.lumen_per_point = segment.has_airway ? branch.lumen_per_point : 0.0;
    child.generation = branch.generation + 1;
    grow_bundles(child, first, middle, out);
    grow_bundles(child, middle, last, out);
  }

  void grow_veins(Vec3 start, Vec3 parent_direction, double radius_per_point, int generation,
                  std::vector<Vec3>::iterator first, std::vector<Vec3>::iterator last,
                  std::vector<VeinSegment>& out) {
    const auto count = static_cast<double>(last - first);
    const double radius = radius_per_point * std::cbrt(count);
    Branch branch{start, parent_direction, start,     {}, radius_per_point,
                  0,     Lobe::RightUpper, generation};
    Vec3 end;
    if (count < 1 || radius < min_radius_ || !advance(branch, first, last, end)) return;
    out.push_back({start, end, radius, radius, generation});
    if (out.size() >= kMaxSegments || count < 2) return;
    const Vec3 direction = normalized(end - start);
    const auto middle = split(first, last, direction);
    grow_veins(end, direction, radius_per_point, generation + 1, first, middle, out);
    grow_veins(end, direction, radius_per_point, generation + 1, middle, last, out);
  }

  // The trunk from a hilum or the left atrium runs through the mediastinum until it reaches
  // aerated lung; returns that entry point (or nullopt when the lung is never reached).
  std::optional<Vec3> lung_entry(Vec3 start, Vec3 direction) const {
    for (double t = 2.0; t < 90.0; t += 2.0) {
      const Vec3 p = start + direction * t;
      if (scene_.anatomy.in_lung(p)) return p;
    }
    return std::nullopt;
  }

 private:
  static constexpr std::size_t kMaxSegments = 40000;

  // Grows towards the centroid of the territory (the whole way for a last, single-point
  // branch), bending at most kMaxBranchAngle away from the parent, and shortens the step
  // until it stays inside the lung. False when it cannot.
  bool advance(const Branch& branch, std::vector<Vec3>::iterator first,
               std::vector<Vec3>::iterator last, Vec3& end) const {
    Vec3 centroid{};
    for (auto it = first; it != last; ++it) centroid = centroid + *it;
    centroid = centroid * (1.0 / static_cast<double>(last - first));
    const Vec3 to = centroid - branch.start;
    const double distance = length(to);
    if (distance < 0.5) return false;
    Vec3 direction = to * (1.0 / distance);
    const double angle = std::acos(std::clamp(dot(direction, branch.parent_direction), -1.0, 1.0));
    if (angle > kMaxBranchAngle) {
      const Vec3 axis = normalized(cross(branch.parent_direction, direction));
      direction = rotate(branch.parent_direction, axis, kMaxBranchAngle);
    }
    double step = (last - first) == 1 ? distance : std::max(1.5, 0.4 * distance);
    for (int attempt = 0; attempt < 3; ++attempt, step *= 0.5) {
      end = branch.start + direction * step;
      if (scene_.anatomy.in_lung(end) || branch.generation == 0) return true;
    }
    return false;
  }

  // Splits the territory by the plane through the branch that cuts its longest extent across
  // the branch direction (principal axis of the perpendicular spread, by power iteration).
  static std::vector<Vec3>::iterator split(std::vector<Vec3>::iterator first,
                                           std::vector<Vec3>::iterator last, Vec3 direction) {
    Vec3 centre{};
    for (auto it = first; it != last; ++it) centre = centre + *it;
    centre = centre * (1.0 / static_cast<double>(last - first));
    double c[3][3] = {};
    for (auto it = first; it != last; ++it) {
      Vec3 d = *it - centre;
      d = d - direction * dot(d, direction);
      const double v[3] = {d.x, d.y, d.z};
      for (int r = 0; r < 3; ++r)
        for (int k = 0; k < 3; ++k) c[r][k] += v[r] * v[k];
    }
    Vec3 axis = any_perpendicular(direction);
    for (int iteration = 0; iteration < 8; ++iteration)
      axis = normalized({c[0][0] * axis.x + c[0][1] * axis.y + c[0][2] * axis.z,
                         c[1][0] * axis.x + c[1][1] * axis.y + c[1][2] * axis.z,
                         c[2][0] * axis.x + c[2][1] * axis.y + c[2][2] * axis.z});
    auto middle =
        std::partition(first, last, [&](const Vec3& p) { return dot(p - centre, axis) < 0; });
    if (middle == first || middle == last) middle = first + (last - first) / 2;
    return middle;
  }

  const SceneContext& scene_;
  double min_radius_;
};

}  // namespace

BronchovascularTrees grow_bronchovascular_trees(const SceneContext& scene, double min_radius_mm) {
  const ChestGeometry& g = scene.geometry();
  const double s = g.body_scale;
  Rng rng = scene.rng("bronchovascular");
  VolumeFillingGrower grower(scene, min_radius_mm);
  BronchovascularTrees trees;
  // Seeds about a quarter of a terminal territory apart: terminal territories (where the
  // radius reaches min_radius_mm) then hold a handful of points.
  const double spacing = std::clamp(9.0 * min_radius_mm, 4.0, 14.0);
  auto arterial_seeds = grower.seed_points(rng, spacing);
  auto venous_seeds = grower.seed_points(rng, spacing);

  // Lobar arteries (radius in mm) with their bronchi, from the hila.
  const struct {
    bool right;
    Lobe lobe;
    double radius;
  } lobar[] = {{true, Lobe::RightUpper, 5.0},
               {true, Lobe::RightMiddle, 3.8},
               {true, Lobe::RightLower, 5.6},
               {false, Lobe::LeftUpper, 5.4},
               {false, Lobe::LeftLower, 5.4}};
  for (const auto& root : lobar) {
    std::vector<Vec3>& seeds = arterial_seeds[static_cast<std::size_t>(root.lobe)];
    if (seeds.empty()) continue;
    const double points = static_cast<double>(seeds.size());
    VolumeFillingGrower::Branch branch;
    branch.start = root.right ? g.right_artery_root : g.left_artery_root;
    branch.airway_start = root.right ? g.right_bronchus_end : g.left_bronchus_end;
    branch.parent_direction = normalized(Vec3{root.right ? -1.0 : 1.0, 0, 0});
    branch.side = any_perpendicular(branch.parent_direction);
    branch.radius_per_point = root.radius * s / std::cbrt(points);
    branch.lumen_per_point = 0.85 * branch.radius_per_point;
    branch.lobe = root.lobe;
    branch.generation = 0;
    grower.grow_bundles(branch, seeds.begin(), seeds.end(), trees.bundles);
  }

  // Pulmonary veins leave the left atrium laterally: superior veins drain the upper (and
  // middle) lobes, inferior veins the lower lobes.
  const struct {
    Vec3 direction;
    Lobe lobes[2] = {};
    int lobe_count = 0;
  } veins[] = {{normalized({-0.85, 0.05, 0.5}), {Lobe::RightUpper, Lobe::RightMiddle}, 2},
               {normalized({-0.85, 0.2, -0.45}), {Lobe::RightLower, Lobe::RightLower}, 1},
               {normalized({0.85, 0.05, 0.5}), {Lobe::LeftUpper, Lobe::LeftUpper}, 1},
               {normalized({0.85, 0.2, -0.45}), {Lobe::LeftLower, Lobe::LeftLower}, 1}};
  for (const auto& vein : veins) {
    const auto entry = grower.lung_entry(g.left_atrium, vein.direction);
    if (!entry) continue;
    std::vector<Vec3> seeds;
    for (int n = 0; n < vein.lobe_count; ++n) {
      const auto& lobe = venous_seeds[static_cast<std::size_t>(vein.lobes[n])];
      seeds.insert(seeds.end(), lobe.begin(), lobe.end());
    }
    if (seeds.empty()) continue;
    const double radius = 6.0 * s;
    trees.veins.push_back({g.left_atrium, *entry, radius, radius, 0});
    grower.grow_veins(*entry, vein.direction, radius / std::cbrt(static_cast<double>(seeds.size())),
                      1, seeds.begin(), seeds.end(), trees.veins);
  }
  return trees;
}

namespace {

// Which segments a bronchial finding affects, decided per segment from a hash so the choice is
// independent of painting order.
bool affected(const SceneContext& scene, Finding finding, const TreeSegment& segment,
              std::size_t index, double fraction) {
  const std::uint64_t h = hash_combine(hash_combine(scene.spec.seed, stream_id("airway finding")),
                                       index * 31 + index_of(finding));
  return unit_from_bits(mix64(h)) < fraction;
}

bool bronchiectasis_candidate(const FindingSpec& f, const TreeSegment& s) {
  if (!s.has_airway || s.generation < 2 || s.lumen_ra < 0.8 || s.lumen_ra > 4.0) return false;
  return s.lobe == f.lobe || (f.side == Side::Both && f.severity > 0.6 &&
                              (s.lobe == Lobe::RightLower || s.lobe == Lobe::LeftLower));
}

bool thickening_candidate(const FindingSpec& f, const TreeSegment& s) {
  if (!s.has_airway || s.lumen_ra < 0.9 || !lobe_on_side(s.lobe, f.side)) return false;
  return f.severity >= 0.5 || s.lobe == Lobe::RightLower || s.lobe == Lobe::LeftLower ||
         s.lobe == f.lobe;
}

}  // namespace

void add_bronchovascular_shapes(const SceneContext& scene, const BronchovascularTrees& trees) {
  const LabelMask vessel_in_lung = LabelMask::of(Tissue::Lung, Tissue::PulmonaryVessel);
  const LabelMask vessel_at_hilum = vessel_in_lung | LabelMask::of(Tissue::Fat);
  for (const VeinSegment& v : trees.veins)
    scene.add<CapsuleShape>(v.a, v.b, v.ra, v.rb,
                            Material::of(Tissue::PulmonaryVessel, hu::kBlood,
                                         v.generation == 0 ? vessel_at_hilum : vessel_in_lung));
  for (const TreeSegment& s : trees.bundles)
    scene.add<CapsuleShape>(s.artery_a, s.artery_b, s.artery_ra, s.artery_rb,
                            Material::of(Tissue::PulmonaryVessel, hu::kBlood,
                                         s.generation == 0 ? vessel_at_hilum : vessel_in_lung));

  // Decide bronchiectasis and peribronchial thickening per segment.
  const FindingSpec& ectasis = scene.finding(Finding::Bronchiectasis);
  const FindingSpec& thickening = scene.finding(Finding::PeribronchialThickening);
  std::vector<char> dilated(trees.bundles.size(), 0), thick(trees.bundles.size(), 0);
  std::size_t widest = trees.bundles.size(), thickest = trees.bundles.size();
  for (std::size_t n = 0; n < trees.bundles.size(); ++n) {
    const TreeSegment& s = trees.bundles[n];
    if (ectasis.present && bronchiectasis_candidate(ectasis, s)) {
      dilated[n] = affected(scene, Finding::Bronchiectasis, s, n, 0.3 + 0.5 * ectasis.severity);
      if (widest == trees.bundles.size() || s.lumen_ra > trees.bundles[widest].lumen_ra) widest = n;
    }
    if (thickening.present && thickening_candidate(thickening, s)) {
      thick[n] =
          affected(scene, Finding::PeribronchialThickening, s, n, 0.5 + 0.5 * thickening.severity);
      if (thickest == trees.bundles.size() || s.lumen_ra > trees.bundles[thickest].lumen_ra)
        thickest = n;
    }
  }
  // A present finding always shows somewhere: at least its best candidate segment.
  if (widest < trees.bundles.size()) dilated[widest] = 1;
  if (thickest < trees.bundles.size()) thick[thickest] = 1;

  const LabelMask wall_allowed =
      LabelMask::of(Tissue::Lung, Tissue::PulmonaryVessel, Tissue::Fat, Tissue::AirwayWall);
  const LabelMask lumen_allowed = wall_allowed | LabelMask::of(Tissue::Airway);
  const LabelMask dilated_allowed = lumen_allowed | LabelMask::of(Finding::PeribronchialThickening);
  struct Airway {
    Vec3 a, b;
    double ra, rb, wall;
    Material wall_material, lumen_material;
  };
  std::vector<Airway> airways;
  for (std::size_t n = 0; n < trees.bundles.size(); ++n) {
    const TreeSegment& s = trees.bundles[n];
    if (!s.has_airway) continue;
    Airway airway{s.airway_a,
                  s.airway_b,
                  s.lumen_ra,
                  s.lumen_rb,
                  s.wall,
                  Material::of(Tissue::AirwayWall, hu::kAirwayWall, wall_allowed),
                  Material::of(Tissue::Airway, hu::kAir, lumen_allowed)};
    if (dilated[n]) {
      // Cylindrical bronchiectasis: the lumen outgrows the accompanying artery and stops tapering.
      const double lumen =
          std::max(s.lumen_ra * 1.8, s.artery_ra * 1.5) * (1.0 + 0.5 * ectasis.severity);
      airway.ra = airway.rb = lumen;
      airway.wall = std::max(s.wall, 0.15 * lumen);
      airway.wall_material =
          Material::of(Finding::Bronchiectasis, hu::kAirwayWall, dilated_allowed);
      airway.lumen_material = Material::of(Finding::Bronchiectasis, hu::kAir, dilated_allowed);
    }
    if (thick[n]) {
      airway.wall *= 2.2 + thickening.severity;
      airway.wall_material =
          Material::of(Finding::PeribronchialThickening, hu::kAirwayWall + 5, wall_allowed);
    }
    airways.push_back(airway);
  }
  // All walls before any lumen, so a child's wall never plugs its parent's lumen.
  for (const Airway& w : airways)
    scene.add<CapsuleShape>(w.a, w.b, w.ra + w.wall, w.rb + w.wall, w.wall_material);
  for (const Airway& w : airways) scene.add<CapsuleShape>(w.a, w.b, w.ra, w.rb, w.lumen_material);
}

}  // namespace ctlite::core::phantom
