// Great vessels. Without contrast, blood is ~40 HU like the heart; the vessels are outlined by
// mediastinal fat and the lungs. Aortic wall calcification sits in the intima, so plaques are
// drawn at the inner edge of the lumen and may bulge slightly into the surrounding fat.

#include <cmath>

#include "core/phantoms/scene_builders.h"

namespace ctlite::core::phantom {

namespace {

// Uniform Catmull-Rom spline between p1 and p2 (neighbours p0, p3): a smooth arch through the
// control points without overshooting loops.
Vec3 catmull_rom(Vec3 p0, Vec3 p1, Vec3 p2, Vec3 p3, double t) {
  const double t2 = t * t, t3 = t2 * t;
  return 0.5 * ((2.0 * p1) + (p2 - p0) * t + (2.0 * p0 - 5.0 * p1 + 4.0 * p2 - p3) * t2 +
                (3.0 * p1 - p0 - 3.0 * p2 + p3) * t3);
}

void add_tube(const SceneContext& scene, const std::vector<Vec3>& points, double r0, double r1,
              const Material& material) {
  for (std::size_t n = 1; n < points.size(); ++n) {
    const double a = r0 + (r1 - r0) * (n - 1) / (points.size() - 1);
    const double b = r0 + (r1 - r0) * n / (points.size() - 1);
    scene.add<CapsuleShape>(points[n - 1], points[n], a, b, material);
  }
}

}  // namespace

std::vector<AortaSample> aorta_centreline(const ChestGeometry& g) {
  std::vector<AortaSample> samples;
  const auto& c = g.aorta_control;
  const int pieces = static_cast<int>(c.size()) - 1;
  constexpr int kPerPiece = 10;
  for (int piece = 0; piece < pieces; ++piece) {
    const Vec3 p0 = c[std::max(0, piece - 1)], p1 = c[piece], p2 = c[piece + 1];
    const Vec3 p3 = c[std::min(pieces, piece + 2)];
    for (int n = 0; n < kPerPiece; ++n) {
      const double t = static_cast<double>(n) / kPerPiece;
      samples.push_back(
          {catmull_rom(p0, p1, p2, p3, t),
           g.aorta_radius[piece] + (g.aorta_radius[piece + 1] - g.aorta_radius[piece]) * t});
    }
  }
  samples.push_back({c.back(), g.aorta_radius.back()});
  return samples;
}

void add_vascular_shapes(const SceneContext& scene) {
  const ChestGeometry& g = scene.geometry();
  const double s = g.body_scale;
  const double top = scene.z_max() + 20.0;
  const LabelMask mediastinum = LabelMask::of(Tissue::Fat, Tissue::Lung, Tissue::PulmonaryVessel);
  // The aortic root starts inside the heart; below the diaphragm the aorta passes the crura
  // (muscle) and lies against liver and stomach.
  const LabelMask aortic_bed =
      mediastinum | LabelMask::of(Tissue::Heart, Tissue::Muscle, Tissue::Liver, Tissue::Spleen,
                                  Tissue::StomachContents, Finding::PericardialEffusion,
                                  Finding::Cardiomegaly);
  const Material blood = Material::of(Tissue::Vessel, hu::kBlood, aortic_bed);
  const std::vector<AortaSample> aorta = aorta_centreline(g);

  // Mediastinal fat hugs the great vessels, so the lung border follows their contours; the
  // thymic remnant fills the space in front of them.
  const Material fat = Material::of(Tissue::Fat, hu::kFat, LabelMask::of(Tissue::Lung));
  for (std::size_t n = 1; n < aorta.size(); ++n)
    scene.add<CapsuleShape>(aorta[n - 1].centre, aorta[n].centre, aorta[n - 1].radius + 5.0,
                            aorta[n].radius + 5.0, fat);
  scene.add<CapsuleShape>(Vec3{g.svc_x, g.svc_y, g.heart_centre.z}, Vec3{g.svc_x, g.svc_y, top},
                          g.svc_radius + 4.0, g.svc_radius + 4.0, fat);
  scene.add<CapsuleShape>(g.pulmonary_trunk_start, g.pulmonary_bifurcation,
                          g.pulmonary_trunk_radius + 4.0, g.pulmonary_trunk_radius + 4.0, fat);
  scene.add<EllipsoidShape>(Vec3{0.0, g.aorta_control[1].y - 22.0 * s, g.carina_z + 8.0},
                            Vec3{26, 14, 45} * s, fat);

  for (std::size_t n = 1; n < aorta.size(); ++n)
    scene.add<CapsuleShape>(aorta[n - 1].centre, aorta[n].centre, aorta[n - 1].radius,
                            aorta[n].radius, blood);
  std::vector<Vec3> centreline;
  centreline.reserve(aorta.size());
  for (const AortaSample& sample : aorta) centreline.push_back(sample.centre);
  scene.claim_tube(centreline, g.aorta_radius[0] + 8.0);
  scene.claim_tube({Vec3{g.svc_x, g.svc_y, g.heart_centre.z}, Vec3{g.svc_x, g.svc_y, top}},
                   g.svc_radius + 7.0);
  scene.claim_tube({g.pulmonary_trunk_start, g.pulmonary_bifurcation},
                   g.pulmonary_trunk_radius + 7.0);

  // Arch branches: brachiocephalic trunk (right), left common carotid, left subclavian.
  const Vec3 arch_top = g.aorta_control[2];
  const Material branch = Material::of(Tissue::Vessel, hu::kBlood, mediastinum);
  add_tube(scene,
           {arch_top + Vec3{-10 * s, -4, 0}, arch_top + Vec3{-18 * s, -2, 25},
            Vec3{-24 * s, arch_top.y, top}},
           7.0 * s, 6.0 * s, branch);
  add_tube(scene, {arch_top + Vec3{1 * s, 0, 0}, Vec3{10 * s, arch_top.y + 2, top}}, 4.5 * s,
           4.0 * s, branch);
  add_tube(scene,
           {arch_top + Vec3{12 * s, 6, -2}, arch_top + Vec3{22 * s, 8, 20},
            Vec3{34 * s, arch_top.y + 6, top}},
           5.5 * s, 5.0 * s, branch);

  // Superior vena cava, right of the ascending aorta, into the right atrium.
  scene.add<CapsuleShape>(Vec3{g.svc_x, g.svc_y, g.heart_centre.z + 18.0 * s},
                          Vec3{g.svc_x, g.svc_y, top}, g.svc_radius, g.svc_radius,
                          Material::of(Tissue::Vessel, hu::kBlood, aortic_bed));

  // Pulmonary trunk from the right ventricular outflow to its bifurcation, then the right
  // artery behind the ascending aorta and the left one over the left main bronchus.
  const Material pulmonary = Material::of(Tissue::Vessel, hu::kBlood, aortic_bed);
  scene.add<CapsuleShape>(g.pulmonary_trunk_start, g.pulmonary_bifurcation,
                          g.pulmonary_trunk_radius, g.pulmonary_trunk_radius * 0.95, pulmonary);
  const double pa = 10.0 * s;
  const std::vector<Vec3> right_pa{g.pulmonary_bifurcation,
                                   Vec3{-8.0 * s, g.trachea_y - 14.0 * s, g.carina_z - 17.0},
                                   g.right_artery_root};
  const std::vector<Vec3> left_pa{g.pulmonary_bifurcation,
                                  Vec3{30.0 * s, g.trachea_y - 2.0, g.carina_z - 10.0},
                                  g.left_artery_root};
  add_tube(scene, right_pa, pa, pa * 0.85, pulmonary);
  add_tube(scene, left_pa, pa, pa * 0.85, pulmonary);
  scene.claim_tube(right_pa, pa + 8.0);
  scene.claim_tube(left_pa, pa + 8.0);

  const FindingSpec& calcification = scene.finding(Finding::ArterialWallCalcification);
  if (calcification.present) {
    Rng rng = scene.rng("aortic calcification");
    const LabelMask wall = LabelMask::of(Tissue::Vessel, Tissue::Fat);
    // Plaques favour the arch and the descending aorta, within the scanned range.
    std::vector<std::size_t> candidates;
    for (std::size_t n = aorta.size() / 5; n < aorta.size(); ++n)
      if (aorta[n].centre.z > scene.z_min() + 2.0 && aorta[n].centre.z < scene.z_max() - 2.0)
        candidates.push_back(n);
    for (int n = 0; n < std::max(1, calcification.count) && !candidates.empty(); ++n) {
      const std::size_t at =
          candidates[static_cast<std::size_t>(rng.below(static_cast<int>(candidates.size())))];
      const std::size_t next = std::min(at + 1, aorta.size() - 1);
      const Vec3 axis = normalized(aorta[next].centre - aorta[at == next ? at - 1 : at].centre);
      const Vec3 outward = rotate(any_perpendicular(axis), axis, rng.uniform(0, 6.283185307179586));
      const Vec3 centre = scene.grid.snap(aorta[at].centre + outward * (aorta[at].radius - 1.0));
      const double radius = rng.uniform(1.2, 1.8 + 2.0 * calcification.severity);
      std::vector<SphereClusterShape::Sphere> plaque{{centre, radius}};
      // Plaques are elongated along the wall: add a neighbour or two along the circumference.
      for (int extra = rng.below(3); extra > 0; --extra) {
        const Vec3 along =
            normalized(cross(axis, outward)) * (radius * rng.uniform(0.8, 1.4) * rng.sign());
        plaque.push_back({centre + along, radius * 0.8});
      }
      scene.add<SphereClusterShape>(std::move(plaque),
                                    Material::of(Finding::ArterialWallCalcification,
                                                 static_cast<float>(rng.uniform(400, 1000)), wall));
    }
  }
}

}  // namespace ctlite::core::phantom
