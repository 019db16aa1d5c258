// Breasts change the anterior body outline and add fibroglandular tissue in front of the
// pectoral muscles, which a reader sees on every mid-chest slice of a female patient.

#include "core/phantoms/scene_builders.h"

namespace ctlite::core::phantom {

void add_chest_wall_shapes(const SceneContext& scene) {
  const ChestGeometry& g = scene.geometry();
  if (!g.female) return;
  Rng rng = scene.rng("breasts");
  const double s = g.body_scale;
  const double front = -g.rib_ay - g.muscle_anterior - g.fat;
  const double size = rng.uniform(0.7, 1.3);
  const Vec3 radii = Vec3{62.0 * s, (16.0 + 0.4 * g.fat) * size, 50.0 * s * size};
  for (const double side : {-1.0, 1.0}) {
    const Vec3 centre{side * 0.45 * g.rib_ax, front + 0.45 * radii.y, g.heart_centre.z + 5.0};
    scene.add<EllipsoidShape>(centre, radii,
                              Material::of(Tissue::Fat, hu::kFat, LabelMask::of(Tissue::Outside)));
    Material gland = Material::of(Tissue::Breast, hu::kBreast, LabelMask::of(Tissue::Fat));
    gland.textured(60, 7, -80, 60);
    scene.add<EllipsoidShape>(centre + Vec3{0, -0.1 * radii.y, 0}, radii * 0.55, gland);
  }
}

}  // namespace ctlite::core::phantom
