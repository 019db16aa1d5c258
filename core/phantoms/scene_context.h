#pragma once
// What every shape builder needs: the anatomy, the spec, the voxel grid and the list it appends
// its shapes to (paint order = list order). Also the label sets that say what a structure may
// paint over, so a lesion in the lung never overwrites the heart.

#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "core/phantoms/chest_anatomy.h"
#include "core/phantoms/phantom_random.h"
#include "core/phantoms/phantom_spec.h"
#include "core/phantoms/shape_painter.h"

namespace ctlite::core::phantom {

// Aerated lung a lesion may replace (vessels inside lesions disappear, as on real CT).
inline constexpr LabelMask kLungParenchyma = LabelMask::of(Tissue::Lung, Tissue::PulmonaryVessel);
// Soft tissue of the mediastinum a node or hernia may push into.
inline constexpr LabelMask kMediastinalBackground =
    LabelMask::of(Tissue::Fat, Tissue::Lung, Tissue::PulmonaryVessel, Tissue::LymphNode);

// Regions already given to a structure or finding. Later lesions are placed outside them, so
// every lesion keeps voxels of its own (a nodule placed inside an effusion or the aortic arch
// would vanish, and its label would then lie).
class ClaimedRegions {
 public:
  void add(std::function<bool(Vec3)> contains) { regions_.push_back(std::move(contains)); }
  bool contains(Vec3 p) const {
    for (const auto& region : regions_)
      if (region(p)) return true;
    return false;
  }

 private:
  std::vector<std::function<bool(Vec3)>> regions_;
};

struct SceneContext {
  const ChestAnatomy& anatomy;
  const PhantomSpec& spec;
  const PhantomGrid& grid;
  ShapeList& shapes;
  ClaimedRegions& claimed;

  template <typename ShapeType, typename... Args>
  void add(Args&&... args) const {
    shapes.push_back(std::make_unique<ShapeType>(std::forward<Args>(args)...));
  }
  void add(std::unique_ptr<Shape> shape) const { shapes.push_back(std::move(shape)); }
  void claim(std::function<bool(Vec3)> contains) const { claimed.add(std::move(contains)); }
  // Claims the tube within `radius` mm of a polyline.
  void claim_tube(std::vector<Vec3> points, double radius) const;
  // Independent random stream per named purpose, so adding one finding never moves another.
  Rng rng(std::string_view purpose) const { return Rng(spec.seed, purpose); }
  const FindingSpec& finding(Finding f) const { return spec[f]; }
  bool has(Finding f) const { return spec.has(f); }
  const ChestGeometry& geometry() const { return anatomy.geometry(); }
  // Scan range in z, so lesions are placed where they will be imaged.
  double z_min() const { return grid.z0; }
  double z_max() const { return grid.z(grid.nz - 1); }
};

// A point inside the lung (at least `margin` mm from its border) in `lobe`, within the scanned
// range, snapped to a voxel centre; nullopt after `attempts` misses.
std::optional<Vec3> sample_lung_point(const SceneContext& scene, Rng& rng, Lobe lobe, double margin,
                                      int attempts = 400);
// Same, anywhere in the lungs of `side`.
std::optional<Vec3> sample_lung_point(const SceneContext& scene, Rng& rng, Side side, double margin,
                                      int attempts = 400);

// Lobes of a side, for findings that spread over several lobes.
bool lobe_on_side(Lobe lobe, Side side);

}  // namespace ctlite::core::phantom
