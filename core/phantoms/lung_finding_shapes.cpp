// Parenchymal and pleural findings. Each replaces only aerated lung (and its small vessels), so
// the order here decides precedence: fluid and collapse first, then focal lesions, then the
// diffuse patterns on whatever lung is left. Values follow the usual CT definitions:
// effusion 0-20 HU, consolidation -100..+50, ground glass -600..-300, emphysema < -950.

#include <cmath>

#include "core/phantoms/phantom_noise.h"
#include "core/phantoms/scene_builders.h"

namespace ctlite::core::phantom {

namespace {

constexpr double kPi = 3.14159265358979323846;

double sized(const FindingSpec& f, double from_severity) {
  return f.size_mm > 0 ? f.size_mm : from_severity;
}

std::vector<double> sides_of(Side side) {
  if (side == Side::Both) return {-1.0, 1.0};
  return {side == Side::Right ? -1.0 : 1.0};
}

Box hemithorax_box(const ChestGeometry& g, double sign, double z_lo, double z_hi) {
  const Vec3 lo{sign < 0 ? -g.rib_ax : 0.0, -g.rib_ay, z_lo};
  const Vec3 hi{sign < 0 ? 0.0 : g.rib_ax, g.rib_ay, z_hi};
  return {lo, hi};
}

// Depth of the dependent pleural fluid layer at height z: deepest at the bases, tapering upwards.
struct EffusionProfile {
  double depth = 0, base_z = 0, height = 1;
  double at(double z) const {
    const double t = clamp01((z - base_z) / height);
    return depth * std::pow(1.0 - t, 0.6);
  }
};

EffusionProfile effusion_profile(const SceneContext& scene) {
  const FindingSpec& f = scene.finding(Finding::PleuralEffusion);
  const ChestGeometry& g = scene.geometry();
  EffusionProfile p;
  p.depth = sized(f, 10.0 + 45.0 * f.severity);
  p.base_z = -g.dome_depth;
  p.height = g.dome_depth + 40.0 + 110.0 * f.severity;
  return p;
}

void add_pleural_effusion(const SceneContext& scene) {
  const FindingSpec& f = scene.finding(Finding::PleuralEffusion);
  const EffusionProfile profile = effusion_profile(scene);
  const ChestAnatomy& anatomy = scene.anatomy;
  const LabelMask replaced = kLungParenchyma | LabelMask::of(Tissue::Airway, Tissue::AirwayWall);
  for (const double sign : sides_of(f.side)) {
    const Box box =
        hemithorax_box(scene.geometry(), sign, profile.base_z, profile.base_z + profile.height);
    // A crescent along the chest wall, thickest where it is most dependent (posterior).
    const auto sdf = [&anatomy, profile, sign](double x, double y, double z) {
      if (x * sign < 0) return 1e9;
      const ChestAnatomy::WallDepth wall = anatomy.wall_depth({x, y, z});
      return wall.depth - profile.at(z) * (0.12 + 0.88 * wall.dependence);
    };
    scene.add(make_sdf_shape(box, Material::of(Finding::PleuralEffusion, 10, replaced), sdf));
    scene.claim([sdf](Vec3 p) { return sdf(p.x, p.y, p.z) < 4.0; });
  }
}

void add_atelectasis(const SceneContext& scene) {
  const FindingSpec& f = scene.finding(Finding::Atelectasis);
  Rng rng = scene.rng("atelectasis");
  Material collapsed = Material::of(Finding::Atelectasis, 15, kLungParenchyma);
  collapsed.textured(25, 5, -60, 45);
  if (f.variant == static_cast<int>(AtelectasisPattern::Platelike)) {
    // A thin disc, nearly horizontal, in a lower lobe, the lingula or the middle lobe.
    const auto centre = sample_lung_point(scene, rng, f.lobe, 6.0);
    if (!centre) return;
    const Vec3 normal = normalized(Vec3{rng.normal(0, 0.15), rng.normal(0.35, 0.15), 1.0});
    const Vec3 first = any_perpendicular(normal);
    const double reach = 18.0 + 20.0 * f.severity;
    const EllipsoidShape plate(*centre, std::array<Vec3, 3>{first, cross(normal, first), normal},
                               Vec3{reach, 0.6 * reach, 1.8 + 2.0 * f.severity}, collapsed, 1.0,
                               6.0, rng.next());
    scene.add<EllipsoidShape>(plate);
    scene.claim([plate](Vec3 p) { return plate.distance(p) < 3.0; });
    return;
  }
  // Dependent (subsegmental) atelectasis: a posterior basal band, next to any effusion.
  const ChestAnatomy& anatomy = scene.anatomy;
  const ChestGeometry& g = scene.geometry();
  const bool compressed = scene.has(Finding::PleuralEffusion);
  const EffusionProfile fluid = compressed ? effusion_profile(scene) : EffusionProfile{};
  const Side fluid_side = scene.finding(Finding::PleuralEffusion).side;
  const double band = 4.0 + 10.0 * f.severity;
  const double top = 20.0 + 60.0 * f.severity;  // above the right dome
  for (const double sign : sides_of(f.side)) {
    const bool beside_fluid =
        compressed && (fluid_side == Side::Both || (fluid_side == Side::Right) == (sign < 0));
    const std::uint64_t wobble_seed = rng.next();
    const auto band_sdf = [&anatomy, fluid, beside_fluid, band, top, sign, wobble_seed](
                              double x, double y, double z) {
      if (x * sign < 0) return 1e9;
      const Vec3 p{x, y, z};
      const ChestAnatomy::WallDepth wall = anatomy.wall_depth(p);
      const double fluid_depth = beside_fluid ? fluid.at(z) * (0.12 + 0.88 * wall.dependence) : 0.0;
      const double taper = clamp01((top - z) / 25.0) * std::sqrt(wall.dependence);
      const double wobble = 2.0 * value_noise(p, 9.0, wobble_seed);
      return wall.depth - fluid_depth - band * taper + wobble;
    };
    scene.add(make_sdf_shape(hemithorax_box(g, sign, -g.dome_depth, top), collapsed, band_sdf));
    scene.claim([band_sdf](Vec3 p) { return band_sdf(p.x, p.y, p.z) < 3.0; });
  }
}

void add_consolidation(const SceneContext& scene) {
  const FindingSpec& f = scene.finding(Finding::Consolidation);
  Rng rng = scene.rng("consolidation");
  Material dense =
      Material::of(Finding::Consolidation, 28, kLungParenchyma | LabelMask::of(Tissue::AirwayWall));
  dense.textured(18, 6, -100, 50);
  for (int n = 0; n < std::max(1, f.count); ++n) {
    const double diameter = n == 0 ? sized(f, 25.0 + 55.0 * f.severity) : rng.uniform(20, 40);
    const Lobe lobe = n == 0 ? f.lobe : (f.side == Side::Left ? Lobe::LeftLower : Lobe::RightLower);
    const auto centre = sample_lung_point(scene, rng, lobe, 4.0);
    if (!centre) continue;
    const Vec3 radii =
        Vec3{rng.uniform(0.4, 0.6), rng.uniform(0.4, 0.6), rng.uniform(0.45, 0.7)} * diameter;
    // Airway lumens are not in the allowed set, so they stay as air bronchograms.
    const EllipsoidShape region(*centre,
                                std::array<Vec3, 3>{Vec3{1, 0, 0}, Vec3{0, 1, 0}, Vec3{0, 0, 1}},
                                radii, dense, 0.18 * diameter, 10.0, rng.next());
    scene.add<EllipsoidShape>(region);
    scene.claim([region, diameter](Vec3 p) { return region.distance(p) < 0.2 * diameter + 2.0; });
  }
}

void add_nodules(const SceneContext& scene) {
  const FindingSpec& f = scene.finding(Finding::LungNodule);
  Rng rng = scene.rng("nodules");
  Material solid = Material::of(Finding::LungNodule, 35, kLungParenchyma);
  solid.textured(10, 3, 5, 65);
  const Lobe lobes[] = {Lobe::RightUpper, Lobe::RightMiddle, Lobe::RightLower, Lobe::LeftUpper,
                        Lobe::LeftLower};
  for (int n = 0; n < std::max(1, f.count); ++n) {
    const double diameter = n == 0 ? sized(f, 4.0 + 21.0 * f.severity) : rng.uniform(4.0, 7.0);
    const Lobe lobe = n == 0 ? f.lobe : lobes[rng.below(5)];
    const double r = 0.5 * diameter;
    const auto centre = sample_lung_point(scene, rng, lobe, r + 1.0);
    if (!centre) continue;
    // Larger nodules are lobulated: a main sphere with smaller ones bulging from its surface.
    std::vector<SphereClusterShape::Sphere> parts{{*centre, r}};
    for (int bump = diameter > 8.0 ? rng.between(1, 3) : 0; bump > 0; --bump) {
      const Vec3 dir = normalized(Vec3{rng.normal(), rng.normal(), rng.normal()});
      parts.push_back({*centre + dir * (0.55 * r), r * rng.uniform(0.45, 0.65)});
    }
    scene.claim([c = *centre, reach = 1.6 * r + 2.0](Vec3 p) { return length(p - c) < reach; });
    scene.add<SphereClusterShape>(std::move(parts), solid);
  }
}

void add_ground_glass(const SceneContext& scene) {
  const FindingSpec& f = scene.finding(Finding::LungOpacity);
  Rng rng = scene.rng("ground glass");
  // Only aerated lung is covered: vessels stay visible through ground glass.
  Material hazy = Material::of(Finding::LungOpacity, -470, LabelMask::of(Tissue::Lung));
  hazy.textured(120, 6, -600, -300);
  for (int n = 0; n < std::max(1, f.count); ++n) {
    const double diameter = n == 0 ? sized(f, 18.0 + 45.0 * f.severity) : rng.uniform(15, 40);
    std::optional<Vec3> centre = n == 0 ? sample_lung_point(scene, rng, f.lobe, 3.0)
                                        : sample_lung_point(scene, rng, f.side, 3.0);
    if (!centre) continue;
    const Vec3 radii =
        Vec3{rng.uniform(0.4, 0.6), rng.uniform(0.4, 0.6), rng.uniform(0.4, 0.6)} * diameter;
    scene.add<EllipsoidShape>(*centre,
                              std::array<Vec3, 3>{Vec3{1, 0, 0}, Vec3{0, 1, 0}, Vec3{0, 0, 1}},
                              radii, hazy, 0.25 * diameter, 9.0, rng.next());
  }
}

// The lung of `side` between z_lo and z_hi, for diffuse patterns.
template <typename Pattern>
void add_diffuse(const SceneContext& scene, Side side, double z_lo, double z_hi, const Material& m,
                 Pattern pattern) {
  for (const double sign : sides_of(side)) {
    scene.add(make_sdf_shape(hemithorax_box(scene.geometry(), sign, z_lo, z_hi), m,
                             [pattern, sign](double x, double y, double z) {
                               if (x * sign < 0) return 1e9;
                               return pattern(Vec3{x, y, z});
                             }));
  }
}

void add_mosaic_attenuation(const SceneContext& scene) {
  const FindingSpec& f = scene.finding(Finding::MosaicAttenuationPattern);
  const ChestGeometry& g = scene.geometry();
  const std::uint64_t seed = hash_combine(scene.spec.seed, stream_id("mosaic"));
  const double extent = (g.lung_height + g.dome_depth) * (0.5 + 0.5 * f.severity);
  const double z_hi = g.lung_height, z_lo = z_hi - extent;
  // Geographic lobular patches: hypoattenuating (air trapping or hypoperfusion) next to denser
  // ones; the boundary is the zero set of smooth noise, so it is sharp but not polygonal.
  Material dark =
      Material::of(Finding::MosaicAttenuationPattern, -918, LabelMask::of(Tissue::Lung));
  dark.textured(10, 5, -940, -895);
  Material bright =
      Material::of(Finding::MosaicAttenuationPattern, -790, LabelMask::of(Tissue::Lung));
  bright.textured(12, 5, -815, -765);
  const double threshold = 0.15 - 0.2 * f.severity;
  add_diffuse(scene, f.side, z_lo, z_hi, dark, [seed, threshold](Vec3 p) {
    return (threshold - value_noise(p, 24.0, seed)) * 25.0;
  });
  add_diffuse(scene, f.side, z_lo, z_hi, bright,
              [seed](Vec3 p) { return (value_noise(p, 24.0, seed) + 0.45) * 25.0; });
}

// Distance (mm) to the nearest Voronoi cell wall of jittered sites on a `cell` mm lattice:
// secondary pulmonary lobules are polyhedra 10-25 mm across, outlined by their septa.
double lobular_septum_distance(Vec3 p, double cell, std::uint64_t seed) {
  const double fx = p.x / cell, fy = p.y / cell, fz = p.z / cell;
  const std::int64_t ix = static_cast<std::int64_t>(std::floor(fx)),
                     iy = static_cast<std::int64_t>(std::floor(fy)),
                     iz = static_cast<std::int64_t>(std::floor(fz));
  // Neighbouring voxels share the 27 candidate sites (a cell spans ~17 voxels per axis), so each
  // thread keeps the last cell's sites instead of rehashing them per voxel.
  struct Sites {
    std::int64_t ix = 0, iy = 0, iz = 0;
    std::uint64_t seed = 0;
    bool valid = false;
    double site[27][3] = {};
  };
  thread_local Sites cache;
  if (!cache.valid || cache.ix != ix || cache.iy != iy || cache.iz != iz || cache.seed != seed) {
    cache.ix = ix;
    cache.iy = iy;
    cache.iz = iz;
    cache.seed = seed;
    cache.valid = true;
    int n = 0;
    for (int dz = -1; dz <= 1; ++dz)
      for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx, ++n) {
          const std::uint64_t h = lattice_hash(seed, ix + dx, iy + dy, iz + dz);
          cache.site[n][0] = static_cast<double>(ix + dx) + 0.15 + 0.7 * unit_from_bits(h);
          cache.site[n][1] = static_cast<double>(iy + dy) + 0.15 + 0.7 * unit_from_bits(mix64(h));
          cache.site[n][2] =
              static_cast<double>(iz + dz) + 0.15 + 0.7 * unit_from_bits(mix64(h + 1));
        }
  }
  double d1 = 1e30, d2 = 1e30;
  for (const auto& site : cache.site) {
    const double d = (fx - site[0]) * (fx - site[0]) + (fy - site[1]) * (fy - site[1]) +
                     (fz - site[2]) * (fz - site[2]);
    if (d < d1) {
      d2 = d1;
      d1 = d;
    } else if (d < d2) {
      d2 = d;
    }
  }
  return 0.5 * (std::sqrt(d2) - std::sqrt(d1)) * cell;
}

void add_septal_thickening(const SceneContext& scene) {
  const FindingSpec& f = scene.finding(Finding::InterlobularSeptalThickening);
  const ChestGeometry& g = scene.geometry();
  const ChestAnatomy& anatomy = scene.anatomy;
  const std::uint64_t seed = hash_combine(scene.spec.seed, stream_id("septa"));
  const double half_width = 0.3 + 0.25 * f.severity;
  const double z_hi = g.carina_z + 40.0 * f.severity;
  // Peripheral and basal, in patches: thickened septa outline the subpleural lobules (1-2 cm
  // polygons) within a few centimetres of the pleura, not the whole lung.
  const double rim = 12.0 + 16.0 * f.severity;
  const double patchiness = 0.1 - 0.5 * f.severity;
  Material septum =
      Material::of(Finding::InterlobularSeptalThickening, -180, LabelMask::of(Tissue::Lung));
  septum.textured(25, 4, -200, -150);
  add_diffuse(scene, f.side, -g.dome_depth, z_hi, septum,
              [&anatomy, seed, half_width, rim, patchiness](Vec3 p) {
                const double outside_rim = anatomy.wall_depth(p).depth - rim;
                if (outside_rim > 0) return outside_rim + 1.0;
                if (value_noise(p, 30.0, seed + 1) < patchiness) return 1.0;
                return lobular_septum_distance(p, 13.0, seed) - half_width;
              });
}

void add_fibrotic_sequela(const SceneContext& scene) {
  const FindingSpec& f = scene.finding(Finding::PulmonaryFibroticSequela);
  Rng rng = scene.rng("fibrosis");
  Material scar = Material::of(Finding::PulmonaryFibroticSequela, -20, kLungParenchyma);
  scar.textured(30, 3, -150, 40);
  const ChestAnatomy& anatomy = scene.anatomy;
  const ChestGeometry& g = scene.geometry();
  for (int n = 0; n < std::max(1, f.count); ++n) {
    const auto start = sample_lung_point(scene, rng, f.lobe, 2.0);
    if (!start) continue;
    // Parenchymal band from the lung towards the nearest pleura (outwards from the hilum).
    const Vec3 hilum{start->x < 0 ? -40.0 : 40.0, 0.0, g.carina_z - 20.0};
    Vec3 direction = normalized(normalized(*start - hilum) +
                                Vec3{rng.normal(0, 0.3), rng.normal(0, 0.3), rng.normal(0, 0.3)});
    Vec3 p = *start;
    const double radius = rng.uniform(0.9, 1.4 + f.severity);
    for (int step = 0; step < 12; ++step) {
      const Vec3 next = p + direction * rng.uniform(4, 7);
      scene.add<CapsuleShape>(p, next, radius, radius * 0.9, scar);
      if (!anatomy.in_lung(next)) break;
      p = next;
      direction = normalized(direction +
                             Vec3{rng.normal(0, 0.25), rng.normal(0, 0.25), rng.normal(0, 0.25)});
    }
    // Reticulation where the band meets the pleura: short, thin, criss-crossing lines.
    for (int line = rng.between(4, 8 + static_cast<int>(10 * f.severity)); line > 0; --line) {
      const Vec3 a = p + Vec3{rng.normal(0, 6), rng.normal(0, 6), rng.normal(0, 6)};
      const Vec3 b =
          a + normalized(Vec3{rng.normal(), rng.normal(), rng.normal()}) * rng.uniform(5, 10);
      scene.add<CapsuleShape>(a, b, 0.6, 0.6, scar);
    }
  }
}

void add_emphysema(const SceneContext& scene) {
  const FindingSpec& f = scene.finding(Finding::Emphysema);
  Rng rng = scene.rng("emphysema");
  const ChestAnatomy& anatomy = scene.anatomy;
  const ChestGeometry& g = scene.geometry();
  // Holes without walls; vessels are not covered, so centrilobular holes keep their central dot.
  Material hole = Material::of(Finding::Emphysema, -985, LabelMask::of(Tissue::Lung));
  hole.textured(8, 2, -1000, -960);
  const bool paraseptal = f.variant == static_cast<int>(EmphysemaPattern::Paraseptal);
  const int count =
      paraseptal ? 20 + static_cast<int>(80 * f.severity) : 80 + static_cast<int>(600 * f.severity);
  const double z_floor = g.carina_z - 80.0;  // upper-zone predominance
  for (int n = 0, placed = 0; n < count * 4 && placed < count; ++n) {
    auto centre = sample_lung_point(scene, rng, f.side, 1.5, 40);
    if (!centre) continue;
    if (centre->z < z_floor && !rng.chance(0.25)) continue;
    double radius = paraseptal ? rng.uniform(2.5, 4.0 + 4.0 * f.severity)
                               : rng.uniform(2.0, 3.0 + 4.0 * f.severity);
    if (paraseptal) {
      // Push the bulla out to the pleura along the lateral direction, stopping just inside.
      const Vec3 out = normalized(Vec3{centre->x, centre->y * 0.6, 0});
      Vec3 p = *centre;
      while (anatomy.in_lung(p + out * (radius + 1.0))) p = p + out * 1.0;
      centre = scene.grid.snap(p);
    }
    scene.add<SphereClusterShape>(std::vector<SphereClusterShape::Sphere>{{*centre, radius}}, hole);
    ++placed;
  }
}

}  // namespace

void add_lung_finding_shapes(const SceneContext& scene) {
  if (scene.has(Finding::PleuralEffusion)) add_pleural_effusion(scene);
  if (scene.has(Finding::Atelectasis)) add_atelectasis(scene);
  if (scene.has(Finding::Consolidation)) add_consolidation(scene);
  if (scene.has(Finding::LungNodule)) add_nodules(scene);
  if (scene.has(Finding::LungOpacity)) add_ground_glass(scene);
  if (scene.has(Finding::PulmonaryFibroticSequela)) add_fibrotic_sequela(scene);
  if (scene.has(Finding::MosaicAttenuationPattern)) add_mosaic_attenuation(scene);
  if (scene.has(Finding::InterlobularSeptalThickening)) add_septal_thickening(scene);
  if (scene.has(Finding::Emphysema)) add_emphysema(scene);
}

}  // namespace ctlite::core::phantom
