#include "core/phantoms/chest_anatomy.h"

#include <algorithm>
#include <cmath>

#include "core/phantoms/phantom_random.h"

namespace ctlite::core::phantom {

namespace {

constexpr double kPi = 3.14159265358979323846;

double sex_scale(const PatientSpec& patient) {
  return patient.body_scale * (patient.sex == 'F' ? 0.94 : 1.0);
}

// Half-width at height y of an ellipse centred at (0, cy); negative when y misses it.
double half_width(double y, double cy, double ax, double ay) {
  const double v = (y - cy) / ay;
  const double q = 1.0 - v * v;
  return q > 0 ? ax * std::sqrt(q) : -1.0;
}

// atan2 for the rib angle (error < 1e-5 rad); std::atan2 costs ~20 ns and runs for every voxel
// of the rib band.
double fast_atan2(double y, double x) {
  const double ax = std::abs(x), ay = std::abs(y);
  const double mx = std::max(ax, ay);
  if (mx == 0) return 0;
  const double a = std::min(ax, ay) / mx;
  const double s = a * a;
  double r = ((-0.0464964749 * s + 0.15931422) * s - 0.327622764) * s * a + a;
  if (ay > ax) r = kPi / 2 - r;
  if (x < 0) r = kPi - r;
  return y < 0 ? -r : r;
}

// Ribs leave the spine nearly horizontally and descend as they wrap anteriorly; the shape of
// that descent, tabulated over the angle from the posterior midline (0) to the sternum (pi).
struct RibDescentTable {
  static constexpr int kSize = 512;
  std::array<float, kSize + 1> value{};
  RibDescentTable() {
    for (int n = 0; n <= kSize; ++n) {
      const double phi = kPi * n / kSize;
      const double t = std::clamp((phi - 0.1 * kPi) / (0.9 * kPi), 0.0, 1.0);
      value[n] = static_cast<float>(std::pow(t, 1.35));
    }
  }
  float operator()(double phi) const { return value[static_cast<int>(phi * (kSize / kPi))]; }
};
const RibDescentTable& rib_descent() {
  static const RibDescentTable table;
  return table;
}

struct RibEnds {
  double bone, cartilage;  // angles where the bony rib and its costal cartilage end
};
RibEnds rib_ends(int rib) {
  if (rib < 7) return {0.80 * kPi, 0.95 * kPi};
  if (rib < 10) return {0.72 * kPi, 0.86 * kPi};
  return {0.55 * kPi, 0.55 * kPi};  // floating ribs
}
constexpr double kRibStart = 0.1 * kPi;

// Distance from (x, y) to the segment (x0, y0)-(x1, y1).
double segment_distance_2d(double x, double y, double x0, double y0, double x1, double y1) {
  const double dx = x1 - x0, dy = y1 - y0;
  const double t = std::clamp(((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy), 0.0, 1.0);
  return std::hypot(x - x0 - t * dx, y - y0 - t * dy);
}

// Clean CT number of the uniform tissues of the base slice (lung is textured separately).
float tissue_hu(Tissue tissue) {
  switch (tissue) {
    case Tissue::Table:
      return hu::kTable;
    case Tissue::Fat:
      return hu::kFat;
    case Tissue::Muscle:
      return hu::kMuscle;
    case Tissue::CorticalBone:
      return hu::kCorticalBone;
    case Tissue::CancellousBone:
      return hu::kCancellousBone;
    case Tissue::Cartilage:
      return hu::kCartilage;
    case Tissue::SpinalCanal:
      return hu::kSpinalCanal;
    case Tissue::Liver:
      return hu::kLiver;
    case Tissue::Spleen:
      return hu::kSpleen;
    case Tissue::StomachContents:
      return hu::kStomachContents;
    default:
      return hu::kAir;  // Outside, StomachGas
  }
}

}  // namespace

double ChestAnatomy::body_half_width(const PatientSpec& patient) {
  const double s = sex_scale(patient);
  return 138.0 * s + (7.0 + 4.0 * s) + patient.fat_mm;
}

double ChestAnatomy::lung_height(const PatientSpec& patient) {
  return (200.0 + 60.0 * std::clamp(patient.inspiration, 0.0, 1.0)) *
         (0.8 + 0.2 * sex_scale(patient));
}

ChestAnatomy::ChestAnatomy(const PatientSpec& patient, std::uint64_t seed)
    : texture_seed_(hash_combine(seed, stream_id("lung texture"))) {
  Rng rng(seed, "chest anatomy");
  const double s = sex_scale(patient);
  const bool male = patient.sex != 'F';
  g_.female = !male;
  g_.body_scale = s;
  g_.rib_ax = 138.0 * s;
  g_.rib_ay = 98.0 * s * rng.uniform(0.92, 1.08);
  g_.rib_band = 11.0 * s;
  g_.muscle_lateral = 7.0 + 4.0 * s;
  g_.muscle_anterior = (male ? 15.0 : 11.0) * s;
  g_.muscle_posterior = 28.0 * s;
  g_.fat = patient.fat_mm;
  g_.table_y = g_.rib_ay + g_.muscle_posterior + g_.fat + 1.0;

  g_.lung_height = lung_height(patient);
  g_.carina_z = g_.lung_height - rng.uniform(88, 104) * s;
  g_.left_dome_z = -rng.uniform(10, 25);
  g_.dome_depth = 85.0 * s;
  g_.lung_hu = static_cast<float>(-815.0 - 70.0 * std::clamp(patient.inspiration, 0.0, 1.0));

  g_.vertebra_radius = 15.0 * s;
  g_.vertebra_y = g_.rib_ay - g_.rib_band - 0.7 * g_.vertebra_radius;
  g_.level_height = (g_.lung_height + 70.0) / 12.0;
  g_.level_phase = rng.uniform(0, g_.level_height);
  g_.mediastinum_half_width = 14.0 * s;
  g_.sternum_top_z = g_.lung_height - 45.0 * s;
  g_.sternum_bottom_z = 5.0;
  for (int rib = 0; rib < 12; ++rib) {
    g_.rib_posterior_z[rib] = g_.lung_height + 8.0 - rib * g_.level_height;
    g_.rib_drop[rib] = (75.0 + 5.0 * rib) * s * rng.uniform(0.9, 1.1);
  }

  g_.esophagus_radius = 7.5 * s;
  g_.esophagus_x = 4.0;
  g_.esophagus_y = g_.vertebra_y - g_.vertebra_radius - g_.esophagus_radius - 1.5;
  g_.trachea_radius = (male ? 9.5 : 8.5) * s;
  g_.airway_wall = 2.0 * s;
  g_.trachea_x = -2.0;
  g_.trachea_y = g_.esophagus_y - g_.esophagus_radius - 3.0 - g_.trachea_radius - g_.airway_wall;
  const Vec3 carina{g_.trachea_x, g_.trachea_y, g_.carina_z};
  g_.right_bronchus_end = carina + Vec3{-36.0 * s, 6.0, -20.0 * s};
  g_.left_bronchus_end = carina + Vec3{44.0 * s, 10.0, -34.0 * s};

  const double cavity_ay = g_.rib_ay - g_.rib_band;
  const Vec3 long_axis = normalized({0.62, -0.42, -0.55});
  const Vec3 second = normalized(cross(long_axis, {0, 0, 1}));
  g_.heart_axes = {long_axis, second, cross(long_axis, second)};
  const double heart_size = rng.uniform(0.92, 1.06) * s;
  g_.heart_radii = Vec3{62, 47, 42} * heart_size;
  // The heart lies behind the sternum with a few millimetres of retrosternal fat (room for an
  // enlarged heart and pericardial fluid is made by growing backwards and to the left).
  double front_reach = 0;
  for (int a = 0; a < 3; ++a) {
    const double r = a == 0 ? g_.heart_radii.x : a == 1 ? g_.heart_radii.y : g_.heart_radii.z;
    front_reach += (r * g_.heart_axes[a].y) * (r * g_.heart_axes[a].y);
  }
  g_.heart_centre = {22.0 * s, -cavity_ay + std::sqrt(front_reach) + 8.0, 38.0 * s};
  g_.left_atrium = g_.heart_centre + Vec3{-14.0 * s, 36.0 * s, 22.0 * s};
  // The right atrium forms the right heart border, right of the sternum.
  g_.right_atrium_centre = g_.heart_centre + Vec3{-42.0 * s, 12.0 * s, 8.0 * s};
  g_.right_atrium_radii = Vec3{28, 30, 36} * heart_size;

  // Aorta: root at the heart base, ascending right-anterior, arch over the left main bronchus,
  // descending left-anterolateral to the spine. Older patients have wider aortas.
  const double age_widening = std::clamp((patient.age_years - 40) * 0.06, 0.0, 3.0);
  const double ty = g_.trachea_y;
  g_.aorta_control = {Vec3{-2.0, g_.heart_centre.y + 6.0, g_.heart_centre.z + 28.0 * s},
                      Vec3{-14.0 * s, ty - 28.0 * s, g_.carina_z + 4.0},
                      Vec3{4.0 * s, ty - 10.0 * s, g_.carina_z + 30.0 * s},
                      Vec3{20.0 * s, ty + 10.0, g_.carina_z + 16.0 * s},
                      Vec3{19.0 * s, g_.vertebra_y - 0.95 * g_.vertebra_radius, g_.carina_z - 25.0},
                      Vec3{16.0 * s, g_.vertebra_y - 1.05 * g_.vertebra_radius, -200.0}};
  const double a = s + age_widening / 14.0;
  g_.aorta_radius = {15.0 * a, 15.0 * a, 13.5 * a, 12.5 * a, 12.0 * a, 11.5 * a};
  g_.pulmonary_trunk_radius = 13.0 * s;
  g_.pulmonary_trunk_start = g_.heart_centre + Vec3{-2.0 * s, -24.0 * s, 36.0 * s};
  g_.pulmonary_bifurcation = Vec3{10.0 * s, ty - 16.0 * s, g_.carina_z - 14.0};
  g_.right_artery_root = g_.right_bronchus_end + Vec3{-2.0, -13.0 * s, -3.0};
  g_.left_artery_root = g_.left_bronchus_end + Vec3{4.0, -2.0, 12.0 * s};
  g_.svc_radius = 10.0 * s;
  g_.svc_x = -30.0 * s;
  g_.svc_y = ty - 24.0 * s;
  g_.stomach_gas_mm = rng.chance(0.7) ? rng.uniform(5, 30) : 0.0;
}

CrossSection ChestAnatomy::cross_section(double z) const {
  CrossSection c;
  // The ribcage narrows towards the thoracic inlet; shoulder muscles keep the outline wide.
  const double taper_start = g_.lung_height - 200.0 * g_.body_scale;
  if (z > taper_start) {
    const double t = (z - taper_start) / (240.0 * g_.body_scale);
    c.scale = std::sqrt(std::max(0.2025, 1.0 - t * t));
  }
  const double shrink = 1.0 - c.scale;
  c.centre_y = shrink * g_.rib_ay * 0.8;
  c.rib_ax = g_.rib_ax * c.scale;
  c.rib_ay = g_.rib_ay * c.scale;
  c.cavity_ax = c.rib_ax - g_.rib_band;
  c.cavity_ay = c.rib_ay - g_.rib_band;
  c.wall_centre_y = c.centre_y + 0.5 * (g_.muscle_posterior - g_.muscle_anterior);
  c.muscle_ax = c.rib_ax + g_.muscle_lateral + shrink * g_.rib_ax * 0.7;
  c.muscle_ay =
      c.rib_ay + 0.5 * (g_.muscle_anterior + g_.muscle_posterior) + shrink * g_.rib_ay * 0.4;
  c.body_ax = c.muscle_ax + g_.fat;
  c.body_ay = c.muscle_ay + g_.fat;
  return c;
}

double ChestAnatomy::diaphragm_z(double x, double y) const {
  const double wx = 0.78 * g_.rib_ax, wy = 0.9 * g_.rib_ay;
  const double rx = (x + 0.36 * g_.rib_ax) / wx, ry = (y + 5.0) / wy;
  const double lx = (x - 0.40 * g_.rib_ax) / wx, ly = y / wy;
  const double right = -g_.dome_depth * (rx * rx + ry * ry);
  const double left = g_.left_dome_z - g_.dome_depth * (lx * lx + ly * ly);
  return std::max(right, left);
}

double ChestAnatomy::apex_z(double x, double y) const {
  const double dx = std::abs(x) - 0.42 * g_.rib_ax;
  const double dy = 1.3 * (y - 0.12 * g_.rib_ay);
  return g_.lung_height - (dx * dx + dy * dy) / (55.0 * g_.body_scale);
}

double ChestAnatomy::mediastinum_half_width(double y, double z, const CrossSection& cs) const {
  // The lungs almost meet in front of the great vessels (anterior junction line). At heart
  // level and below, the heart and the fat around the esophagus and aorta shape the border.
  const double upper = smoothstep(g_.heart_centre.z, g_.heart_centre.z + 35.0, z);
  return g_.mediastinum_half_width * (0.35 + 0.65 * upper) *
         (0.45 + 0.55 * smoothstep(-cs.cavity_ay + cs.centre_y, -0.35 * cs.cavity_ay, y));
}

bool ChestAnatomy::in_heart_or_aorta(Vec3 p) const {
  const Vec3 d = p - g_.heart_centre;
  const double qa = dot(d, g_.heart_axes[0]) / (g_.heart_radii.x + 4);
  const double qb = dot(d, g_.heart_axes[1]) / (g_.heart_radii.y + 4);
  const double qc = dot(d, g_.heart_axes[2]) / (g_.heart_radii.z + 4);
  if (qa * qa + qb * qb + qc * qc < 1.0) return true;
  const Vec3 r = p - g_.right_atrium_centre;
  const double ra = r.x / (g_.right_atrium_radii.x + 4), rb = r.y / (g_.right_atrium_radii.y + 4),
               rc = r.z / (g_.right_atrium_radii.z + 4);
  if (ra * ra + rb * rb + rc * rc < 1.0) return true;
  // Descending aorta: a vertical tube below the arch.
  const Vec3& top = g_.aorta_control[4];
  if (p.z < top.z) {
    const double ax = p.x - top.x, ay = p.y - top.y;
    const double r = g_.aorta_radius[4] + 3.0;
    if (ax * ax + ay * ay < r * r) return true;
  }
  return false;
}

bool ChestAnatomy::near_spine(double x, double y) const {
  // A few millimetres of paravertebral soft tissue around the vertebral body, and the
  // posterior elements behind it.
  const double dy = y - g_.vertebra_y, reach = g_.vertebra_radius + 4.0;
  return x * x + 1.21 * dy * dy < reach * reach ||
         (dy > 0 && std::abs(x) < g_.vertebra_radius + 6.0);
}

bool ChestAnatomy::in_lung(Vec3 p) const {
  const CrossSection cs = cross_section(p.z);
  const double w = half_width(p.y, cs.centre_y, cs.cavity_ax, cs.cavity_ay);
  if (w < 0 || std::abs(p.x) >= w) return false;
  if (near_spine(p.x, p.y)) return false;
  if (std::abs(p.x) < mediastinum_half_width(p.y, p.z, cs)) return false;
  if (p.z <= diaphragm_z(p.x, p.y) + 4.0 || p.z >= apex_z(p.x, p.y)) return false;
  return !in_heart_or_aorta(p);
}

bool ChestAnatomy::in_lung_with_margin(Vec3 p, double margin) const {
  if (!in_lung(p)) return false;
  const Vec3 offsets[6] = {{margin, 0, 0},  {-margin, 0, 0}, {0, margin, 0},
                           {0, -margin, 0}, {0, 0, margin},  {0, 0, -margin}};
  for (const Vec3& o : offsets)
    if (!in_lung(p + o)) return false;
  return true;
}

double ChestAnatomy::oblique_fissure_z(double x, double y) const {
  // From high posteriorly (about the carina level) to the anterior diaphragm; laterally the
  // fissure lies further forward, so on axial slices it runs obliquely from posteromedial to
  // anterolateral.
  y += 0.45 * std::abs(x);
  const double y_back = 0.75 * g_.rib_ay, z_back = g_.carina_z - 8.0;
  const double y_front = -0.8 * g_.rib_ay, z_front = 8.0;
  return z_front + (y - y_front) * (z_back - z_front) / (y_back - y_front);
}

double ChestAnatomy::horizontal_fissure_z() const { return g_.right_bronchus_end.z - 12.0; }

Lobe ChestAnatomy::lobe_at(Vec3 p) const {
  const bool right = p.x < 0;
  if (p.z < oblique_fissure_z(p.x, p.y)) return right ? Lobe::RightLower : Lobe::LeftLower;
  if (!right) return Lobe::LeftUpper;
  return p.z < horizontal_fissure_z() ? Lobe::RightMiddle : Lobe::RightUpper;
}

ChestAnatomy::WallDepth ChestAnatomy::wall_depth(Vec3 p) const {
  const CrossSection cs = cross_section(p.z);
  const double dy = p.y - cs.centre_y;
  const double u = p.x / cs.cavity_ax, v = dy / cs.cavity_ay;
  const double rho = std::sqrt(u * u + v * v);
  if (rho < 1e-9) return {std::max(cs.cavity_ax, cs.cavity_ay), 0.0};
  const double r = std::sqrt(p.x * p.x + dy * dy);
  return {r * (1.0 / rho - 1.0), std::pow(std::clamp(v / rho, 0.0, 1.0), 0.7)};
}

void ChestAnatomy::render_base_slice(const SliceCanvas& canvas, bool with_fissures) const {
  const PhantomGrid& grid = *canvas.grid;
  const double z = canvas.z;
  const CrossSection cs = cross_section(z);
  const SliceNoiseField lung_texture(grid, z, 14.0, texture_seed_);
  const RibDescentTable& descent = rib_descent();

  // Ribs whose course crosses this slice.
  int rib_candidates[12];
  int rib_count = 0;
  for (int rib = 0; rib < 12; ++rib) {
    const double top = g_.rib_posterior_z[rib] + 8.0;
    const double bottom = g_.rib_posterior_z[rib] - g_.rib_drop[rib] - 8.0;
    if (z <= top && z >= bottom) rib_candidates[rib_count++] = rib;
  }
  // Ribs are flat bands: about 13 mm tall and 6 mm thick.
  const double rib_half_height = 6.5 * g_.body_scale;
  const double rib_half_depth = 3.2 * g_.body_scale;

  const bool sternum_here = z <= g_.sternum_top_z && z >= g_.sternum_bottom_z;
  const double sternum_half_width = (z > g_.sternum_top_z - 45.0      ? 24.0
                                     : z < g_.sternum_bottom_z + 20.0 ? 8.0
                                                                      : 14.0) *
                                    g_.body_scale;
  const double sternum_y = cs.centre_y - cs.rib_ay + 0.5 * g_.rib_band;

  const double scapula_top = g_.lung_height + 10.0;
  const double scapula_bottom = g_.lung_height - 165.0 * g_.body_scale;
  const bool scapula_here = z < scapula_top && z > scapula_bottom;
  const double scapula_t = scapula_here ? (z - scapula_bottom) / (scapula_top - scapula_bottom) : 0;
  const double scapula_phi_lo = (0.30 - 0.15 * scapula_t) * kPi;
  const double scapula_phi_hi = (0.31 + 0.16 * scapula_t) * kPi;

  // Spine level: discs between vertebral bodies, posterior elements in the middle of a level.
  double level_z = std::fmod(z - g_.level_phase, g_.level_height);
  if (level_z < 0) level_z += g_.level_height;
  const bool disc = level_z < 5.0 * g_.body_scale;
  const bool arch = level_z > 7.0 && level_z < g_.level_height - 3.0;
  const double vr = g_.vertebra_radius, vy = g_.vertebra_y;
  const double canal_r = 8.0 * g_.body_scale, canal_y = vy + vr + canal_r;
  const double spine_front = vy - vr - 3.0;

  const bool below_domes_possible = z < 1.0;
  const bool apex_possible = z > g_.lung_height - 200.0;
  const double posterior_gradient = 35.0;
  const double fissure_cos =
      1.0 / std::sqrt(1.0 + std::pow((g_.carina_z - 16.0) / (1.55 * g_.rib_ay), 2));

  // Vertebra at (x, y): body (or disc), canal, and in mid-level the arch with its processes.
  // Muscle means paravertebral soft tissue.
  const auto spine_tissue = [&](double x, double y, double ax) {
    const double dy = y - vy;
    const double body2 = x * x + 1.21 * dy * dy;
    const double canal2 = x * x + (y - canal_y) * (y - canal_y);
    if (body2 < vr * vr)
      return disc                              ? Tissue::Cartilage
             : body2 > (vr - 1.8) * (vr - 1.8) ? Tissue::CorticalBone
                                               : Tissue::CancellousBone;
    if (canal2 < canal_r * canal_r) return Tissue::SpinalCanal;
    if (!arch) return Tissue::Muscle;
    // Transverse processes point back and out; the spinous process tapers backwards.
    const double transverse =
        segment_distance_2d(ax, y, canal_r + 2.0, canal_y - 2.0, 27.0 * g_.body_scale,
                            canal_y + 9.0 * g_.body_scale) -
        4.5;
    const double spinous_length = 28.0 * g_.body_scale;
    const double spinous_t = (y - canal_y - canal_r) / spinous_length;
    const double spinous = (spinous_t > 0 && spinous_t < 1) ? ax - (4.5 - 2.0 * spinous_t) : 1.0;
    const double lamina = std::abs(std::sqrt(canal2) - canal_r - 3.5) - 3.5;
    const double bone = std::min({transverse, spinous, y > canal_y - 3.0 ? lamina : 1.0});
    if (bone >= 0) return Tissue::Muscle;
    return bone < -1.3 ? Tissue::CancellousBone : Tissue::CorticalBone;
  };

  // Rib band: intercostal muscle unless a rib, costal cartilage or the sternum is here.
  const auto rib_band_tissue = [&](double x, double y, double ax) {
    if (sternum_here && ax < sternum_half_width && std::abs(y - sternum_y) < 7.0) {
      const bool shell = ax > sternum_half_width - 1.5 || std::abs(y - sternum_y) > 5.5;
      return shell ? Tissue::CorticalBone : Tissue::CancellousBone;
    }
    if (rib_count == 0) return Tissue::Muscle;
    const double u = ax / cs.rib_ax, v = (y - cs.centre_y) / cs.rib_ay;
    const double rho = std::sqrt(u * u + v * v);
    const double depth =
        std::sqrt(x * x + (y - cs.centre_y) * (y - cs.centre_y)) * (1.0 / rho - 1.0);
    const double phi = fast_atan2(u, v);
    const double radial = (depth - 0.5 * g_.rib_band) / rib_half_depth;
    for (int n = 0; n < rib_count; ++n) {
      const int rib = rib_candidates[n];
      const RibEnds ends = rib_ends(rib);
      if (phi < kRibStart || phi > ends.cartilage) continue;
      const double rib_z = g_.rib_posterior_z[rib] - g_.rib_drop[rib] * descent(phi);
      const double dz = (z - rib_z) / rib_half_height;
      const double e = radial * radial + dz * dz;
      if (e >= 1.0) continue;
      if (phi > ends.bone) return Tissue::Cartilage;
      return e > 0.45 ? Tissue::CorticalBone : Tissue::CancellousBone;
    }
    return Tissue::Muscle;
  };

  // Scapula: a thin plate behind the posterolateral ribs, narrowing to its inferior angle.
  const auto is_scapula = [&](double x, double y) {
    if (!scapula_here || y <= cs.centre_y) return false;
    const double u = std::abs(x) / cs.rib_ax, v = (y - cs.centre_y) / cs.rib_ay;
    const double rho = std::sqrt(u * u + v * v);
    const double outside =
        std::sqrt(x * x + (y - cs.centre_y) * (y - cs.centre_y)) * (1.0 - 1.0 / rho);
    const double phi = fast_atan2(u, v);
    return outside > 5.0 && outside < 9.5 && phi > scapula_phi_lo && phi < scapula_phi_hi;
  };

  // Chest wall muscle, split by a thin fat plane where it is thick (pectoral muscles in front,
  // trapezius over the paraspinal muscles behind), as on every real chest CT.
  const auto muscle_tissue = [&](double x, double y) {
    if (is_scapula(x, y)) return Tissue::CorticalBone;
    if (std::abs(y - cs.centre_y) < 0.55 * cs.rib_ay) return Tissue::Muscle;
    const double u_rib = x / cs.rib_ax, v_rib = (y - cs.centre_y) / cs.rib_ay;
    const double u_wall = x / cs.muscle_ax, v_wall = (y - cs.wall_centre_y) / cs.muscle_ay;
    const double inner = std::sqrt(u_rib * u_rib + v_rib * v_rib) - 1.0;
    const double outer = 1.0 - std::sqrt(u_wall * u_wall + v_wall * v_wall);
    const double t = inner / (inner + outer);
    return std::abs(t - 0.55) < 0.035 ? Tissue::Fat : Tissue::Muscle;
  };

  // Below the diaphragm: liver (crossing the midline anteriorly), spleen, and the stomach whose
  // air collects anteriorly above a flat fluid level, as in a supine patient.
  const double gas_level = g_.stomach_gas_mm > 0 ? -0.55 * cs.cavity_ay + g_.stomach_gas_mm : -1e9;
  const auto abdomen_tissue = [&](double x, double y, double zd) {
    if (z > zd - 4.0) return Tissue::Muscle;  // the diaphragm itself
    const double liver_edge = 15.0 + 80.0 * smoothstep(0.0, -cs.cavity_ay, y);
    if (x < liver_edge) return Tissue::Liver;
    if (y > 0.15 * cs.cavity_ay && x > 0.35 * cs.cavity_ax) return Tissue::Spleen;
    return y < gas_level ? Tissue::StomachGas : Tissue::StomachContents;
  };

  // Half-open span of the row's voxels with |x| < w, kept within [lo, hi).
  const auto inside = [&](double w, int lo, int hi, int& first, int& last) {
    first = w > 0 ? static_cast<int>(std::floor((-w - grid.x0) / grid.sx)) + 1 : lo;
    last = w > 0 ? static_cast<int>(std::ceil((w - grid.x0) / grid.sx)) : lo;
    first = std::clamp(first, lo, hi);
    last = std::clamp(last, first, hi);
  };

  for (int j = 0; j < grid.ny; ++j) {
    const double y = grid.y(j);
    float* hu_row = canvas.hu + static_cast<std::size_t>(j) * grid.nx;
    std::uint8_t* label_row = canvas.label + static_cast<std::size_t>(j) * grid.nx;
    const auto put = [&](int i, Tissue t) {
      hu_row[i] = tissue_hu(t);
      label_row[i] = label_of(t);
    };
    const auto fill = [&](int from, int to, Tissue t) {
      if (from >= to) return;
      std::fill(hu_row + from, hu_row + to, tissue_hu(t));
      std::fill(label_row + from, label_row + to, label_of(t));
    };
    // Nested spans: body > muscle > ribcage > pleural cavity (ellipses with shared axes).
    const bool above_table = y < g_.table_y - 1.0;
    int body0, body1, muscle0, muscle1, rib0, rib1, cavity0, cavity1;
    inside(above_table ? half_width(y, cs.wall_centre_y, cs.body_ax, cs.body_ay) : -1, 0, grid.nx,
           body0, body1);
    inside(above_table ? half_width(y, cs.wall_centre_y, cs.muscle_ax, cs.muscle_ay) : -1, body0,
           body1, muscle0, muscle1);
    inside(half_width(y, cs.centre_y, cs.rib_ax, cs.rib_ay), muscle0, muscle1, rib0, rib1);
    inside(half_width(y, cs.centre_y, cs.cavity_ax, cs.cavity_ay), rib0, rib1, cavity0, cavity1);

    fill(0, body0, Tissue::Outside);
    fill(body1, grid.nx, Tissue::Outside);
    if (y >= g_.table_y && y < g_.table_y + 5.0) {
      int table0, table1;
      inside(230.0, 0, grid.nx, table0, table1);
      fill(table0, std::min(table1, body0), Tissue::Table);
      fill(std::max(table0, body1), table1, Tissue::Table);
    }
    fill(body0, muscle0, Tissue::Fat);
    fill(muscle1, body1, Tissue::Fat);
    for (int i = muscle0; i < rib0; ++i) put(i, muscle_tissue(grid.x(i), y));
    for (int i = rib1; i < muscle1; ++i) put(i, muscle_tissue(grid.x(i), y));
    for (int i = rib0; i < cavity0; ++i) put(i, rib_band_tissue(grid.x(i), y, std::abs(grid.x(i))));
    for (int i = cavity1; i < rib1; ++i) put(i, rib_band_tissue(grid.x(i), y, std::abs(grid.x(i))));

    const double med_w = mediastinum_half_width(y, z, cs);
    const double lung_row_hu = g_.lung_hu + posterior_gradient * (y - cs.centre_y) / cs.cavity_ay;
    for (int i = cavity0; i < cavity1; ++i) {
      const double x = grid.x(i);
      const double zd = below_domes_possible ? diaphragm_z(x, y) : -1e9;
      if (z <= zd) {
        put(i, abdomen_tissue(x, y, zd));
      } else if (std::abs(x) < med_w || (apex_possible && z >= apex_z(x, y))) {
        put(i, Tissue::Fat);
      } else {
        double v = lung_row_hu + 15.0 * lung_texture.at(i, j);
        if (with_fissures) {
          // The oblique fissures as thin lines (the horizontal one lies in the slice plane and
          // shows as an avascular zone rather than a line, so it is not drawn).
          const double d = std::abs(z - oblique_fissure_z(x, y)) * fissure_cos;
          if (d < 0.7) v += 260.0 * (1.0 - d / 0.7);
        }
        hu_row[i] = static_cast<float>(v);
        label_row[i] = label_of(Tissue::Lung);
      }
    }

    // The spine overlays the wall and the back of the cavity; beside it the lung stays.
    if (y > spine_front) {
      int spine0, spine1;
      inside(42.0, muscle0, muscle1, spine0, spine1);
      for (int i = spine0; i < spine1; ++i) {
        const double x = grid.x(i);
        const Tissue t = spine_tissue(x, y, std::abs(x));
        if (t == Tissue::Muscle && i >= cavity0 && i < cavity1 && !near_spine(x, y)) continue;
        put(i, t);
      }
    }

    const auto [fov_first, fov_last] = (*canvas.field_of_view)[static_cast<std::size_t>(j)];
    std::fill(hu_row, hu_row + fov_first, hu::kPadding);
    std::fill(label_row, label_row + fov_first, label_of(Tissue::Outside));
    std::fill(hu_row + fov_last, hu_row + grid.nx, hu::kPadding);
    std::fill(label_row + fov_last, label_row + grid.nx, label_of(Tissue::Outside));
  }
}

}  // namespace ctlite::core::phantom
