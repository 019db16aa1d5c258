#pragma once
// The shape builders of a phantom, one per region, each in its own .cpp. build_scene() calls them
// in paint order: later shapes cover earlier ones where their allowed labels permit.

#include <vector>

#include "core/phantoms/scene_context.h"

namespace ctlite::core::phantom {

// A sampled point on the aortic centreline with the lumen radius there.
struct AortaSample {
  Vec3 centre;
  double radius = 0;
};
std::vector<AortaSample> aorta_centreline(const ChestGeometry& geometry);

// Breasts of female patients (body outline, fibroglandular tissue).
void add_chest_wall_shapes(const SceneContext& scene);
// Pericardial effusion, epicardial fat, heart (Cardiomegaly: enlarged), coronary arteries and
// their calcified plaques.
void add_cardiac_shapes(const SceneContext& scene);
// Aorta with arch branches (and Arterial wall calcification), SVC, pulmonary trunk and arteries.
void add_vascular_shapes(const SceneContext& scene);
// Esophagus, trachea and main bronchi, mediastinal and hilar lymph nodes (Lymphadenopathy),
// Hiatal hernia.
void add_mediastinal_shapes(const SceneContext& scene);
// Pleural effusion, atelectasis, consolidation, nodules, ground-glass opacity, mosaic attenuation,
// interlobular septal thickening, fibrotic sequelae and emphysema, in that order: each only
// replaces aerated lung, so findings painted first are never erased by later ones.
void add_lung_finding_shapes(const SceneContext& scene);
// Medical material: sternotomy wires, a chest port with catheter, or a pacemaker with leads.
void add_device_shapes(const SceneContext& scene);

// The whole scene in paint order (the bronchovascular trees come between the mediastinum and
// the lung findings).
ShapeList build_scene(const ChestAnatomy& anatomy, const PhantomSpec& spec,
                      const PhantomGrid& grid);

}  // namespace ctlite::core::phantom
