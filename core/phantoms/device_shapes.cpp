// Medical material: the devices most often seen on chest CT. All are metal-dense (> 2000 HU):
// stainless-steel sternotomy wire loops, a titanium port reservoir with a radiopaque catheter to
// the superior vena cava, or a pacemaker can with leads to the right atrium and ventricle.

#include <cmath>

#include "core/phantoms/scene_builders.h"

namespace ctlite::core::phantom {

namespace {

constexpr float kMetal = 3000;
constexpr float kLead = 2600;

// Metal goes wherever it is, except the air around the patient.
Material metal(float hu) {
  return Material::of(Finding::MedicalMaterial, hu, LabelMask::everything_but_outside());
}

void add_wire_path(const SceneContext& scene, const std::vector<Vec3>& points, double radius,
                   float hu) {
  for (std::size_t n = 1; n < points.size(); ++n)
    scene.add<CapsuleShape>(points[n - 1], points[n], radius, radius, metal(hu));
}

void add_sternotomy_wires(const SceneContext& scene, Rng& rng, int count) {
  const ChestGeometry& g = scene.geometry();
  const double z_lo = std::max(g.sternum_bottom_z + 12.0, scene.z_min() + 2.0);
  const double z_hi = std::min(g.sternum_top_z - 8.0, scene.z_max() - 2.0);
  const int wires = std::clamp(count, 4, 8);
  for (int n = 0; n < wires; ++n) {
    const double z = scene.grid.snap({0, 0, z_lo + (z_hi - z_lo) * (n + 0.5) / wires}).z;
    const CrossSection cs = scene.anatomy.cross_section(z);
    const double sternum_y = cs.centre_y - cs.rib_ay + 0.5 * g.rib_band;
    const double half_width = (z > g.sternum_top_z - 45.0 ? 26.0 : 16.0) * g.body_scale;
    // A loop around both sternal halves, twisted into a knot in front.
    std::vector<Vec3> loop;
    for (int k = 0; k <= 24; ++k) {
      const double a = 6.283185307179586 * k / 24;
      loop.push_back(
          {half_width * std::cos(a), sternum_y + 8.5 * std::sin(a), z + 0.4 * std::sin(3 * a)});
    }
    add_wire_path(scene, loop, 0.8, kMetal);
    const Vec3 knot = scene.grid.snap({rng.uniform(-3, 3), sternum_y - 9.5, z});
    scene.add<SphereClusterShape>(std::vector<SphereClusterShape::Sphere>{{knot, 2.2}},
                                  metal(kMetal));
  }
}

void add_chest_port(const SceneContext& scene, Rng& rng) {
  const ChestGeometry& g = scene.geometry();
  const double side = rng.chance(0.75) ? -1.0 : 1.0;  // usually right-sided
  const double z = scene.grid.snap({0, 0, std::min(g.lung_height - 45.0, scene.z_max() - 15.0)}).z;
  const CrossSection cs = scene.anatomy.cross_section(z);
  const double front = cs.wall_centre_y - cs.body_ay;
  const Vec3 reservoir = scene.grid.snap({side * 0.5 * g.rib_ax, front + 0.5 * g.fat + 4.0, z});
  // A disc (radius 13 mm, 9 mm tall) facing forwards.
  scene.add(make_sdf_shape(
      Box::around(reservoir, 14.0), metal(kMetal), [reservoir](double x, double y, double zz) {
        const double radial = std::hypot(x - reservoir.x, zz - reservoir.z) - 13.0;
        const double axial = std::abs(y - reservoir.y) - 4.5;
        return std::max(radial, axial);
      }));
  add_wire_path(scene,
                {reservoir, Vec3{side * 45.0, front + g.fat + 20.0, z + 25.0},
                 Vec3{g.svc_x, g.svc_y, z + 10.0}, Vec3{g.svc_x, g.svc_y, g.heart_centre.z + 25.0}},
                1.1, 2300);
}

void add_pacemaker(const SceneContext& scene, Rng& rng) {
  const ChestGeometry& g = scene.geometry();
  const double z = scene.grid.snap({0, 0, std::min(g.lung_height - 40.0, scene.z_max() - 20.0)}).z;
  const CrossSection cs = scene.anatomy.cross_section(z);
  const double front = cs.wall_centre_y - cs.body_ay;
  const Vec3 can = scene.grid.snap({0.55 * g.rib_ax, front + 0.5 * g.fat + 4.0, z});
  const Vec3 half{22, 4, 20};
  scene.add(make_sdf_shape(
      Box::around(can, 24.0), metal(kMetal), [can, half](double x, double y, double zz) {
        // Rounded box (2 mm corner radius).
        const double qx = std::abs(x - can.x) - (half.x - 2),
                     qy = std::abs(y - can.y) - (half.y - 2),
                     qz = std::abs(zz - can.z) - (half.z - 2);
        const double outside =
            std::hypot(std::max(qx, 0.0), std::hypot(std::max(qy, 0.0), std::max(qz, 0.0)));
        return outside + std::min(std::max(qx, std::max(qy, qz)), 0.0) - 2.0;
      }));
  const Vec3 atrium = g.heart_centre - g.heart_axes[0] * (0.55 * g.heart_radii.x) + Vec3{-8, 0, 0};
  const Vec3 apex = g.heart_centre + g.heart_axes[0] * (0.6 * g.heart_radii.x);
  const std::vector<Vec3> route{can, Vec3{35.0, front + g.fat + 22.0, z + 20.0},
                                Vec3{g.svc_x + 3.0, g.svc_y, z + 5.0},
                                Vec3{g.svc_x + 3.0, g.svc_y, g.heart_centre.z + 20.0}};
  std::vector<Vec3> atrial = route, ventricular = route;
  atrial.push_back(atrium + Vec3{0, rng.uniform(-5, 5), 8});
  ventricular.push_back(atrium);
  ventricular.push_back(apex);
  add_wire_path(scene, atrial, 0.9, kLead);
  add_wire_path(scene, ventricular, 0.9, kLead);
}

}  // namespace

void add_device_shapes(const SceneContext& scene) {
  const FindingSpec& f = scene.finding(Finding::MedicalMaterial);
  if (!f.present) return;
  Rng rng = scene.rng("devices");
  switch (static_cast<MedicalDevice>(f.variant)) {
    case MedicalDevice::ChestPort:
      add_chest_port(scene, rng);
      break;
    case MedicalDevice::Pacemaker:
      add_pacemaker(scene, rng);
      break;
    case MedicalDevice::SternotomyWires:
    default:
      add_sternotomy_wires(scene, rng, f.count);
      break;
  }
}

}  // namespace ctlite::core::phantom
