// Heart, pericardium and coronary arteries. On non-contrast CT myocardium and blood look alike
// (~40 HU); what outlines the heart is the epicardial and pericardial fat, and what outlines a
// pericardial effusion is fluid (~10 HU) between those fat layers.

#include <cmath>

#include "core/phantoms/scene_builders.h"

namespace ctlite::core::phantom {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kEpicardialFat = 2.5;  // mm around the myocardium

struct HeartFrame {
  Vec3 centre;
  std::array<Vec3, 3> axes;
  Vec3 radii;
  // Point on the (grown) ellipsoid surface: s in [-1, 1] along the long axis, theta around it.
  Vec3 surface(double s, double theta, double grow) const {
    const double ring = std::sqrt(std::max(0.0, 1.0 - s * s));
    return centre + axes[0] * ((radii.x + grow) * s) +
           axes[1] * ((radii.y + grow) * ring * std::cos(theta)) +
           axes[2] * ((radii.z + grow) * ring * std::sin(theta));
  }
  // The angle around the long axis that faces most anteriorly (-y).
  double anterior_theta() const { return std::atan2(-axes[2].y, -axes[1].y); }
};

Vec3 grown(Vec3 radii, double mm) { return radii + Vec3{mm, mm, mm}; }

// Coronary arteries as polylines on the heart surface: LAD in the anterior interventricular
// groove, RCA and circumflex in the atrioventricular groove.
std::vector<std::vector<Vec3>> coronary_paths(const HeartFrame& heart) {
  const double grow = kEpicardialFat * 0.55;
  const double front = heart.anterior_theta();
  std::vector<Vec3> lad, rca, circumflex;
  for (int n = 0; n <= 16; ++n)
    lad.push_back(heart.surface(-0.55 + 1.35 * n / 16.0, front + 0.25, grow));
  // The atrioventricular groove: the right half of the ring carries the RCA, the left half the
  // circumflex (split about the ring's own centre, which lies right of the heart's).
  const Vec3 ring_centre = heart.centre + heart.axes[0] * (-0.55 * heart.radii.x);
  for (int n = 0; n <= 24; ++n) {
    const double theta = front + 2 * kPi * n / 24.0;
    const Vec3 p = heart.surface(-0.55, theta, grow);
    ((p.x < ring_centre.x) ? rca : circumflex).push_back(p);
  }
  return {lad, rca, circumflex};
}

}  // namespace

void add_cardiac_shapes(const SceneContext& scene) {
  const ChestGeometry& g = scene.geometry();
  HeartFrame heart{g.heart_centre, g.heart_axes, g.heart_radii};
  const LabelMask around_heart = LabelMask::of(Tissue::Fat, Tissue::Lung, Tissue::PulmonaryVessel);

  // Cardiomegaly enlarges the ventricles towards the apex (left, anterior, down) with the base
  // fixed, so the normal heart stays inside the enlarged one.
  const FindingSpec& cardiomegaly = scene.finding(Finding::Cardiomegaly);
  HeartFrame drawn = heart;
  if (cardiomegaly.present) {
    const double f = 1.18 + 0.27 * cardiomegaly.severity;
    drawn.radii =
        Vec3{heart.radii.x * f, heart.radii.y * f, heart.radii.z * (1.0 + 0.8 * (f - 1.0))};
    // Grow left, down and backwards: the sternum stops it in front.
    drawn.centre = heart.centre + heart.axes[0] * (0.5 * heart.radii.x * (f - 1.0)) +
                   Vec3{0, 0.9 * heart.radii.y * (f - 1.0), 0};
  }

  const FindingSpec& pericardial = scene.finding(Finding::PericardialEffusion);
  const double rim =
      pericardial.present
          ? (pericardial.size_mm > 0 ? pericardial.size_mm : 5.0 + 20.0 * pericardial.severity)
          : 0.0;
  const EllipsoidShape sac(drawn.centre + Vec3{0, 0.35 * rim, 0}, drawn.axes,
                           grown(drawn.radii, kEpicardialFat + rim + 3.0), Material{});
  scene.claim([sac](Vec3 p) { return sac.distance(p) < 0; });
  if (pericardial.present) {
    // Fluid collects dependently: the sac is shifted backwards and thickest posteriorly.
    const Vec3 centre = drawn.centre + Vec3{0, 0.35 * rim, 0};
    scene.add<EllipsoidShape>(centre, drawn.axes, grown(drawn.radii, kEpicardialFat + rim),
                              Material::of(Finding::PericardialEffusion, 10, around_heart));
  }
  const LabelMask inside_sac = around_heart | LabelMask::of(Finding::PericardialEffusion);
  scene.add<EllipsoidShape>(drawn.centre, drawn.axes, grown(drawn.radii, kEpicardialFat),
                            Material::of(Tissue::Fat, hu::kFat, inside_sac));
  if (cardiomegaly.present) {
    scene.add<EllipsoidShape>(drawn.centre, drawn.axes, drawn.radii,
                              Material::of(Finding::Cardiomegaly, hu::kHeart, inside_sac));
    scene.add<EllipsoidShape>(
        heart.centre, heart.axes, heart.radii,
        Material::of(Tissue::Heart, hu::kHeart, inside_sac | LabelMask::of(Finding::Cardiomegaly)));
  } else {
    scene.add<EllipsoidShape>(heart.centre, heart.axes, heart.radii,
                              Material::of(Tissue::Heart, hu::kHeart, inside_sac));
  }

  // Right atrium, with the inferior vena cava entering it from below through the liver.
  const Vec3 ra = g.right_atrium_centre, ra_radii = g.right_atrium_radii;
  scene.add<EllipsoidShape>(ra, grown(ra_radii, kEpicardialFat),
                            Material::of(Tissue::Fat, hu::kFat, around_heart));
  scene.add<EllipsoidShape>(
      ra, ra_radii,
      Material::of(Tissue::Heart, hu::kHeart, inside_sac | LabelMask::of(Tissue::Fat)));
  scene.add<CapsuleShape>(
      ra + Vec3{8.0, 10.0, -0.6 * ra_radii.z}, Vec3{ra.x + 14.0, ra.y + 18.0, scene.z_min() - 10.0},
      11.0 * g.body_scale, 11.0 * g.body_scale,
      Material::of(Tissue::Vessel, hu::kBlood,
                   inside_sac | LabelMask::of(Tissue::Liver, Tissue::Muscle, Tissue::Heart)));

  const auto paths = coronary_paths(drawn);
  const Material coronary = Material::of(Tissue::Vessel, hu::kBlood, LabelMask::of(Tissue::Fat));
  for (const auto& path : paths)
    for (std::size_t n = 1; n < path.size(); ++n)
      scene.add<CapsuleShape>(path[n - 1], path[n], 1.6, 1.4, coronary);

  const FindingSpec& calcification = scene.finding(Finding::CoronaryArteryWallCalcification);
  if (calcification.present) {
    Rng rng = scene.rng("coronary calcification");
    // Snapping to a voxel centre can move a plaque a little off the groove, so it may also land
    // on the myocardium, pericardial fluid or the adjacent lung edge.
    const LabelMask wall = LabelMask::of(Tissue::Fat, Tissue::Vessel, Tissue::Heart, Tissue::Lung,
                                         Finding::PericardialEffusion, Finding::Cardiomegaly);
    for (int n = 0; n < std::max(1, calcification.count); ++n) {
      // The LAD calcifies most often, then the RCA and circumflex.
      const auto& path = paths[rng.chance(0.55) ? 0 : rng.chance(0.5) ? 1 : 2];
      if (path.size() < 2) continue;
      // A point along the proximal two thirds of the artery that is inside the chest (an
      // enlarged heart can press its surface against the sternum).
      Vec3 centre;
      bool inside = false;
      for (int attempt = 0; attempt < 20 && !inside; ++attempt) {
        const double t = rng.uniform(0, 0.7) * (path.size() - 1);
        const std::size_t at = static_cast<std::size_t>(t);
        centre = scene.grid.snap(lerp(path[at], path[std::min(at + 1, path.size() - 1)], t - at));
        const CrossSection cs = scene.anatomy.cross_section(centre.z);
        const double u = centre.x / (cs.cavity_ax - 4.0),
                     v = (centre.y - cs.centre_y) / (cs.cavity_ay - 4.0);
        inside = u * u + v * v < 1.0;
      }
      const double radius = rng.uniform(1.2, 1.6 + 1.4 * calcification.severity);
      scene.add<SphereClusterShape>(std::vector<SphereClusterShape::Sphere>{{centre, radius}},
                                    Material::of(Finding::CoronaryArteryWallCalcification,
                                                 static_cast<float>(rng.uniform(350, 900)), wall));
    }
  }
}

}  // namespace ctlite::core::phantom
