#pragma once
// Airway and pulmonary vessel trees: recursive bifurcations of tapering cylinders grown lobe by
// lobe from the hila by volume filling (each branch heads for the middle of the lung it
// supplies, then splits that territory between its two children). Each bronchus runs beside
// its pulmonary artery (the bronchovascular bundle), which is what makes a dilated bronchus
// look like a signet ring. Veins form their own trees draining to the left atrium.

#include <vector>

#include "core/phantoms/scene_context.h"

namespace ctlite::core::phantom {

struct TreeSegment {
  Vec3 artery_a, artery_b;
  double artery_ra = 0, artery_rb = 0;
  bool has_airway = false;
  Vec3 airway_a, airway_b;
  double lumen_ra = 0, lumen_rb = 0;  // inner radius of the bronchus
  double wall = 0;                    // bronchial wall thickness
  Lobe lobe = Lobe::RightUpper;
  int generation = 0;
};

struct VeinSegment {
  Vec3 a, b;
  double ra = 0, rb = 0;
  int generation = 0;
};

struct BronchovascularTrees {
  std::vector<TreeSegment> bundles;
  std::vector<VeinSegment> veins;
};

// Grows the trees down to vessels of `min_radius_mm` (finer ones would vanish in the voxels).
BronchovascularTrees grow_bronchovascular_trees(const SceneContext& scene, double min_radius_mm);

// Appends veins, arteries, bronchial walls and lumens in that order. Bronchiectasis (dilated,
// non-tapering bronchi wider than their artery) and peribronchial thickening (walls 2-3x thicker)
// are applied here to the segments in the lobes their spec names.
void add_bronchovascular_shapes(const SceneContext& scene, const BronchovascularTrees& trees);

}  // namespace ctlite::core::phantom
