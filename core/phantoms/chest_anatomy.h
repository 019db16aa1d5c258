#pragma once
// The analytic chest: body wall, ribcage, spine, sternum, pleural cavities, diaphragm and upper
// abdomen as closed-form cross-sections that vary with height, plus the positions of the
// mediastinal landmarks that the shape builders hang their structures on. The base slice is
// rendered from row spans (ellipse half-widths computed once per row), so the bulk of the volume
// costs a few comparisons per voxel.

#include <array>
#include <cstdint>

#include "core/phantoms/phantom_geometry.h"
#include "core/phantoms/phantom_spec.h"
#include "core/phantoms/shape_painter.h"

namespace ctlite::core::phantom {

// Clean (pre-noise) CT numbers of normal tissue.
namespace hu {
constexpr float kAir = -1000, kPadding = -1024;
constexpr float kFat = -100, kMuscle = 45, kCorticalBone = 900, kCancellousBone = 420;
constexpr float kCartilage = 110, kAirwayWall = 25, kBlood = 40, kHeart = 40;
constexpr float kLiver = 60, kSpleen = 48, kStomachContents = 20, kSpinalCanal = 22;
constexpr float kLymphNode = 35, kEsophagus = 40, kTable = 150, kBreast = 30;
}  // namespace hu

// Everything about one patient's chest that does not depend on the slice: sizes (mm) and the
// landmarks other builders use.
struct ChestGeometry {
  double body_scale = 1;
  double rib_ax = 0, rib_ay = 0;  // outer ribcage semi-axes at mid chest
  double rib_band = 0;            // ribs + intercostal muscle; pleural cavity = ribcage minus this
  double muscle_lateral = 0, muscle_anterior = 0, muscle_posterior = 0, fat = 0;
  double table_y = 0;

  double lung_height = 0;  // z of the lung apices
  double carina_z = 0;
  double left_dome_z = 0;  // right dome top is z = 0 by definition
  double dome_depth = 0;
  double lung_hu = -860;  // aerated lung at mid depth (deeper inspiration = lower)

  double vertebra_y = 0, vertebra_radius = 0, level_height = 0, level_phase = 0;
  double mediastinum_half_width = 0;
  double sternum_top_z = 0, sternum_bottom_z = 0;
  std::array<double, 12> rib_posterior_z{};
  std::array<double, 12> rib_drop{};

  double trachea_x = 0, trachea_y = 0, trachea_radius = 0, airway_wall = 0;
  double esophagus_x = 0, esophagus_y = 0, esophagus_radius = 0;
  Vec3 right_bronchus_end, left_bronchus_end;  // where the lobar airway trees start
  Vec3 right_artery_root, left_artery_root;    // where the lobar artery trees start
  Vec3 left_atrium;

  Vec3 heart_centre;
  std::array<Vec3, 3> heart_axes{};  // [0] = long axis, base -> apex (left, anterior, down)
  Vec3 heart_radii;                  // normal size
  Vec3 right_atrium_centre, right_atrium_radii;

  std::array<Vec3, 6> aorta_control{};  // root, ascending, arch top, arch end, descending, bottom
  std::array<double, 6> aorta_radius{};
  Vec3 pulmonary_trunk_start, pulmonary_bifurcation;
  double pulmonary_trunk_radius = 0;
  double svc_x = 0, svc_y = 0, svc_radius = 0;

  bool female = false;
  double stomach_gas_mm = 0;
};

// One axial cross-section: concentric-ish ellipses centred on x = 0.
struct CrossSection {
  double scale = 1;     // ribcage shrink towards the apex
  double centre_y = 0;  // centre of ribcage and cavity
  double rib_ax = 0, rib_ay = 0, cavity_ax = 0, cavity_ay = 0;
  double wall_centre_y = 0;  // centre of muscle and body outlines
  double muscle_ax = 0, muscle_ay = 0, body_ax = 0, body_ay = 0;
};

class ChestAnatomy {
 public:
  ChestAnatomy(const PatientSpec& patient, std::uint64_t seed);

  // Deterministic in the patient alone, so the acquisition sampler can size the field of view
  // and slice count before any anatomy is built.
  static double body_half_width(const PatientSpec& patient);
  static double lung_height(const PatientSpec& patient);

  const ChestGeometry& geometry() const { return g_; }
  CrossSection cross_section(double z) const;

  double diaphragm_z(double x, double y) const;
  double apex_z(double x, double y) const;
  // Aerated lung before any structure is painted: inside a pleural cavity, outside the
  // mediastinum, spine, heart and aorta, between diaphragm and apex.
  bool in_lung(Vec3 p) const;
  // in_lung() at p and at the six points `margin` mm away along the axes.
  bool in_lung_with_margin(Vec3 p, double margin) const;
  Lobe lobe_at(Vec3 p) const;
  // How far (mm, along the ray from the cavity centre) p lies inside the inner chest wall, and
  // how dependent that part of the wall is for a supine patient: 1 straight posterior, 0 at
  // the lateral and anterior walls. Pleural fluid and dependent atelectasis follow these.
  struct WallDepth {
    double depth;
    double dependence;
  };
  WallDepth wall_depth(Vec3 p) const;

  // Body wall, bones, pleural cavities, mediastinal fat, diaphragm and abdomen for one slice.
  // `with_fissures` draws the interlobar fissures (not in clean ground-truth mode).
  void render_base_slice(const SliceCanvas& canvas, bool with_fissures) const;

 private:
  bool in_heart_or_aorta(Vec3 p) const;
  bool near_spine(double x, double y) const;
  double mediastinum_half_width(double y, double z, const CrossSection& cs) const;
  double oblique_fissure_z(double x, double y) const;
  double horizontal_fissure_z() const;

  ChestGeometry g_;
  std::uint64_t texture_seed_;
};

}  // namespace ctlite::core::phantom
