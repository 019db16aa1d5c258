// Central airways, esophagus, lymph nodes and hiatal hernia. Lymph nodes are judged by their
// short axis: under 1 cm is normal, over 1 cm is lymphadenopathy (the CT-RATE definition). A
// hiatal hernia is stomach above the diaphragm behind the heart: a walled sac with an air-fluid
// level (air anterior, fluid dependent, because the patient lies supine).

#include <cmath>

#include "core/phantoms/scene_builders.h"

namespace ctlite::core::phantom {

namespace {

// Node centres in the order of lymph_node_station_name().
std::vector<Vec3> lymph_node_stations(const ChestGeometry& g) {
  const double s = g.body_scale;
  const Vec3 carina{g.trachea_x, g.trachea_y, g.carina_z};
  const double tr = g.trachea_radius + g.airway_wall;
  return {
      carina + Vec3{-tr - 11.0 * s, -4.0, 45.0 * s},             // 2R
      carina + Vec3{-tr - 9.0 * s, -3.0, 14.0 * s},              // 4R
      carina + Vec3{tr + 7.0 * s, 3.0, 9.0 * s},                 // 4L
      carina + Vec3{3.0, 15.0 * s, -22.0 * s},                   // 7
      Vec3{24.0 * s, g.trachea_y - 8.0 * s, g.carina_z + 2.0},   // 5
      Vec3{2.0, g.trachea_y - 42.0 * s, g.carina_z + 24.0 * s},  // 6
      g.right_bronchus_end + Vec3{-5.0, -7.0, 6.0},              // 10R
      g.left_bronchus_end + Vec3{5.0, -5.0, 9.0},                // 10L
  };
}

void add_airway_tube(const SceneContext& scene, Vec3 a, Vec3 b, double lumen, double wall) {
  const LabelMask bed =
      LabelMask::of(Tissue::Fat, Tissue::Lung, Tissue::PulmonaryVessel, Tissue::Vessel);
  scene.add<CapsuleShape>(a, b, lumen + wall, lumen + wall,
                          Material::of(Tissue::AirwayWall, hu::kAirwayWall, bed));
  scene.add<CapsuleShape>(
      a, b, lumen, lumen,
      Material::of(Tissue::Airway, hu::kAir, bed | LabelMask::of(Tissue::AirwayWall)));
}

}  // namespace

void add_mediastinal_shapes(const SceneContext& scene) {
  const ChestGeometry& g = scene.geometry();
  const double s = g.body_scale;
  const double top = scene.z_max() + 20.0;
  Rng rng = scene.rng("mediastinum");

  // Esophagus: behind the trachea, through the hiatus into the stomach. Often a little air.
  const LabelMask esophageal_bed =
      LabelMask::of(Tissue::Fat, Tissue::Lung, Tissue::PulmonaryVessel, Tissue::Muscle,
                    Tissue::Liver, Tissue::StomachContents, Tissue::StomachGas);
  const Material esophagus = Material::of(Tissue::Esophagus, hu::kEsophagus, esophageal_bed);
  const Vec3 upper{g.esophagus_x, g.esophagus_y, top};
  const Vec3 hiatus{g.esophagus_x + 10.0 * s, g.esophagus_y - 4.0, -8.0};
  const Vec3 cardia{g.esophagus_x + 40.0 * s, g.esophagus_y - 22.0 * s, -45.0};
  const Vec3 carina{g.trachea_x, g.trachea_y, g.carina_z};
  // Periesophageal and peritracheal fat (the lung border follows these tubes).
  const Material fat = Material::of(Tissue::Fat, hu::kFat, LabelMask::of(Tissue::Lung));
  scene.add<CapsuleShape>(upper, hiatus, g.esophagus_radius + 4.0, g.esophagus_radius + 4.0, fat);
  scene.add<CapsuleShape>(carina, Vec3{g.trachea_x, g.trachea_y, top}, g.trachea_radius + 6.0,
                          g.trachea_radius + 6.0, fat);
  scene.add<CapsuleShape>(upper, hiatus, g.esophagus_radius, g.esophagus_radius, esophagus);
  scene.add<CapsuleShape>(hiatus, cardia, g.esophagus_radius, g.esophagus_radius * 1.2, esophagus);
  if (rng.chance(0.5))
    scene.add<CapsuleShape>(
        upper, lerp(upper, hiatus, rng.uniform(0.3, 0.8)), 1.8, 1.2,
        Material::of(Tissue::Esophagus, hu::kAir, LabelMask::of(Tissue::Esophagus)));

  // Trachea and main bronchi (right: shorter and steeper).
  add_airway_tube(scene, carina, Vec3{g.trachea_x, g.trachea_y, top}, g.trachea_radius,
                  g.airway_wall);
  add_airway_tube(scene, carina, g.right_bronchus_end, 7.0 * s, 1.6 * s);
  add_airway_tube(scene, carina, g.left_bronchus_end, 6.0 * s, 1.5 * s);
  scene.claim_tube({upper, hiatus, cardia}, g.esophagus_radius + 6.0);
  scene.claim_tube({Vec3{g.trachea_x, g.trachea_y, top}, carina, g.right_bronchus_end},
                   g.trachea_radius + 8.0);
  scene.claim_tube({carina, g.left_bronchus_end}, g.trachea_radius + 8.0);

  // Lymph nodes: a few normal ones, and enlarged ones at CT-RATE's lymphadenopathy stations.
  // The largest enlarged node sits at the station the spec (and so the report) names.
  const FindingSpec& adenopathy = scene.finding(Finding::Lymphadenopathy);
  std::vector<Vec3> stations = lymph_node_stations(g);
  std::swap(stations[0], stations[static_cast<std::size_t>(
                             std::clamp(adenopathy.variant, 0, kLymphNodeStationCount - 1))]);
  for (std::size_t n = stations.size(); n > 2; --n)
    std::swap(stations[n - 1],
              stations[1 + static_cast<std::size_t>(rng.below(static_cast<int>(n) - 1))]);
  const int enlarged =
      adenopathy.present ? std::clamp(adenopathy.count, 1, static_cast<int>(stations.size())) : 0;
  const int normal = rng.between(2, 4);
  const LabelMask node_bed = kMediastinalBackground;
  for (int n = 0; n < enlarged + normal && n < static_cast<int>(stations.size()); ++n) {
    const bool abnormal = n < enlarged;
    double short_axis;
    if (abnormal) {
      const double largest =
          adenopathy.size_mm > 0 ? adenopathy.size_mm : 11.0 + 17.0 * adenopathy.severity;
      short_axis = n == 0 ? largest : rng.uniform(10.5, std::max(11.0, largest));
    } else {
      short_axis = rng.uniform(4.0, 8.0);
    }
    const Vec3 centre = scene.grid.snap(stations[static_cast<std::size_t>(n)]);
    const Vec3 radii{0.5 * short_axis, 0.5 * short_axis * rng.uniform(1.0, 1.25),
                     0.5 * short_axis * rng.uniform(1.2, 1.6)};
    const Material node = abnormal ? Material::of(Finding::Lymphadenopathy, hu::kLymphNode,
                                                  node_bed | LabelMask::of(Tissue::Vessel))
                                   : Material::of(Tissue::LymphNode, hu::kLymphNode, node_bed);
    scene.add<EllipsoidShape>(centre, radii, node);
    if (abnormal)
      scene.claim([centre, reach = radii.z + 4.0](Vec3 p) { return length(p - centre) < reach; });
  }

  const FindingSpec& hernia = scene.finding(Finding::HiatalHernia);
  if (hernia.present) {
    const double diameter = hernia.size_mm > 0 ? hernia.size_mm : 28.0 + 40.0 * hernia.severity;
    const double r = 0.5 * diameter;
    const Vec3 centre =
        scene.grid.snap(Vec3{g.esophagus_x + 6.0 * s, g.esophagus_y - 0.5 * r, 4.0 + 0.8 * r});
    const Vec3 radii{1.1 * r, 0.9 * r, 0.8 * r};
    const LabelMask bed = LabelMask::of(Tissue::Fat, Tissue::Lung, Tissue::PulmonaryVessel,
                                        Tissue::Esophagus, Tissue::Heart, Tissue::LymphNode,
                                        Finding::PericardialEffusion, Finding::Cardiomegaly);
    const LabelMask inside = LabelMask::of(Finding::HiatalHernia);
    scene.add<EllipsoidShape>(centre, radii,
                              Material::of(Finding::HiatalHernia, hu::kEsophagus, bed));
    scene.claim([centre, reach = radii.x + 5.0](Vec3 p) { return length(p - centre) < reach; });
    const Vec3 lumen = radii - Vec3{3, 3, 3};
    scene.add<EllipsoidShape>(centre, lumen, Material::of(Finding::HiatalHernia, 15, inside));
    // Air above the fluid level (anterior in a supine patient).
    const double level = centre.y + lumen.y * rng.uniform(-0.1, 0.4);
    EllipsoidShape cavity(centre, lumen, Material{});
    scene.add(make_sdf_shape(cavity.bounds(), Material::of(Finding::HiatalHernia, hu::kAir, inside),
                             [cavity, level](double x, double y, double z) {
                               return std::max(cavity.distance({x, y, z}), y - level);
                             }));
  }
}

}  // namespace ctlite::core::phantom
