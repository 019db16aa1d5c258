#include "core/phantoms/scene_builders.h"

#include <algorithm>

#include "core/phantoms/bronchovascular_tree.h"

namespace ctlite::core::phantom {

ShapeList build_scene(const ChestAnatomy& anatomy, const PhantomSpec& spec,
                      const PhantomGrid& grid) {
  ShapeList shapes;
  ClaimedRegions claimed;
  const SceneContext scene{anatomy, spec, grid, shapes, claimed};
  add_chest_wall_shapes(scene);
  add_cardiac_shapes(scene);
  add_vascular_shapes(scene);
  add_mediastinal_shapes(scene);
  // Vessels thinner than about half a voxel would only add faint noise-level specks.
  const BronchovascularTrees trees =
      grow_bronchovascular_trees(scene, std::max(0.45, 0.5 * grid.sx));
  add_bronchovascular_shapes(scene, trees);
  add_lung_finding_shapes(scene);
  add_device_shapes(scene);
  return shapes;
}

}  // namespace ctlite::core::phantom
