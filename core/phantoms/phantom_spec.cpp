#include "core/phantoms/phantom_spec.h"

#include <algorithm>
#include <cmath>

#include "core/phantoms/chest_anatomy.h"
#include "core/phantoms/phantom_random.h"

namespace ctlite::core {

namespace {

using phantom::Rng;

struct Scanner {
  const char* manufacturer;
  const char* model;
  const char* soft_kernel;
  const char* sharp_kernel;
};
constexpr Scanner kScanners[] = {
    {"SIEMENS", "SOMATOM Definition Edge", "Br40", "Bl57"},
    {"SIEMENS", "SOMATOM go.Top", "B30f", "B70f"},
    {"PHILIPS", "Ingenuity CT", "B", "YA"},
    {"PHILIPS", "Brilliance 64", "C", "L"},
    {"GE MEDICAL SYSTEMS", "Revolution EVO", "STANDARD", "LUNG"},
};

// The illnesses behind the findings. Findings are drawn from these, which gives CT-RATE-like
// co-occurrence (effusions with cardiomegaly, nodules and emphysema in smokers, ...).
struct Conditions {
  bool smoker, heart_failure, infection, cardiac_surgery, scarring, airway_disease, malignancy;
};

Conditions sample_conditions(Rng& rng, const PatientSpec& patient) {
  const double old = std::clamp((patient.age_years - 40) / 40.0, 0.0, 1.0);
  Conditions c{};
  c.smoker = rng.chance(0.22 + 0.18 * old);
  c.heart_failure = rng.chance(0.03 + 0.15 * old);
  c.infection = rng.chance(0.16);
  c.cardiac_surgery = rng.chance(0.01 + 0.08 * old);
  c.scarring = rng.chance(0.06 + 0.12 * old);
  c.airway_disease = rng.chance(0.09);
  c.malignancy = rng.chance(0.03 + 0.09 * old + (c.smoker ? 0.06 : 0.0));
  return c;
}

Lobe any_lobe(Rng& rng, Side side) {
  if (side == Side::Right) return static_cast<Lobe>(rng.below(3));
  if (side == Side::Left) return rng.chance(0.5) ? Lobe::LeftUpper : Lobe::LeftLower;
  return static_cast<Lobe>(rng.below(5));
}

Lobe lower_lobe(Rng& rng, Side side) {
  if (side == Side::Right) return Lobe::RightLower;
  if (side == Side::Left) return Lobe::LeftLower;
  return rng.chance(0.55) ? Lobe::RightLower : Lobe::LeftLower;
}

Lobe upper_lobe(Rng& rng, Side side) {
  if (side == Side::Right) return Lobe::RightUpper;
  if (side == Side::Left) return Lobe::LeftUpper;
  return rng.chance(0.5) ? Lobe::RightUpper : Lobe::LeftUpper;
}

Side any_side(Rng& rng, double both) {
  if (rng.chance(both)) return Side::Both;
  return rng.chance(0.55) ? Side::Right : Side::Left;
}

FindingSpec present(Rng& rng) {
  FindingSpec f;
  f.present = true;
  f.severity = rng.uniform(0.1, 1.0);
  return f;
}

void sample_findings(Rng& rng, const Conditions& c, const PatientSpec& patient, PhantomSpec& spec) {
  const double old = std::clamp((patient.age_years - 40) / 40.0, 0.0, 1.0);
  const auto p = [](double probability) { return std::clamp(probability, 0.0, 0.95); };

  if (rng.chance(p(0.03 + 0.9 * c.cardiac_surgery + 0.35 * c.malignancy))) {
    FindingSpec& f = spec[Finding::MedicalMaterial] = present(rng);
    if (c.cardiac_surgery)
      f.variant = static_cast<int>(rng.chance(0.75) ? MedicalDevice::SternotomyWires
                                                    : MedicalDevice::Pacemaker);
    else if (c.malignancy)
      f.variant = static_cast<int>(MedicalDevice::ChestPort);
    else
      f.variant = rng.below(3);
    f.count = rng.between(5, 7);
  }
  if (rng.chance(p(0.04 + 0.5 * old + 0.1 * c.smoker))) {
    FindingSpec& f = spec[Finding::ArterialWallCalcification] = present(rng);
    f.count = 3 + static_cast<int>(f.severity * 20);
  }
  const bool arterial = spec.has(Finding::ArterialWallCalcification);
  if (rng.chance(p(arterial ? 0.6 : 0.05))) {
    FindingSpec& f = spec[Finding::CoronaryArteryWallCalcification] = present(rng);
    f.count = 1 + static_cast<int>(f.severity * 9);
  }
  if (rng.chance(p(0.03 + 0.55 * c.heart_failure + 0.3 * c.cardiac_surgery)))
    spec[Finding::Cardiomegaly] = present(rng);
  if (rng.chance(p(0.03 + 0.2 * c.heart_failure + 0.08 * c.malignancy)))
    spec[Finding::PericardialEffusion] = present(rng);
  if (rng.chance(p(0.05 + 0.12 * old))) {
    FindingSpec& f = spec[Finding::HiatalHernia] = present(rng);
    f.size_mm = 26.0 + 44.0 * f.severity;
  }
  if (rng.chance(p(0.07 + 0.4 * c.malignancy + 0.2 * c.infection + 0.15 * c.scarring))) {
    FindingSpec& f = spec[Finding::Lymphadenopathy] = present(rng);
    f.count = rng.between(1, 4);
    f.size_mm = 11.0 + 17.0 * f.severity;
    f.variant = rng.below(kLymphNodeStationCount);
  }
  if (rng.chance(p(0.03 + 0.5 * c.smoker))) {
    FindingSpec& f = spec[Finding::Emphysema] = present(rng);
    f.side = Side::Both;
    f.variant = static_cast<int>(rng.chance(0.75) ? EmphysemaPattern::Centrilobular
                                                  : EmphysemaPattern::Paraseptal);
  }
  if (rng.chance(p(0.03 + 0.5 * c.heart_failure + 0.15 * c.infection + 0.2 * c.malignancy))) {
    FindingSpec& f = spec[Finding::PleuralEffusion] = present(rng);
    f.side = c.heart_failure ? (rng.chance(0.7) ? Side::Both : Side::Right) : any_side(rng, 0.3);
    f.lobe = lower_lobe(rng, f.side);
    f.size_mm = 8.0 + 50.0 * f.severity;
  }
  const bool effusion = spec.has(Finding::PleuralEffusion);
  if (rng.chance(p(0.09 + 0.4 * effusion + 0.2 * c.infection))) {
    FindingSpec& f = spec[Finding::Atelectasis] = present(rng);
    f.variant =
        static_cast<int>(rng.chance(effusion ? 0.85 : 0.55) ? AtelectasisPattern::Dependent
                                                            : AtelectasisPattern::Platelike);
    f.side = effusion ? spec[Finding::PleuralEffusion].side : any_side(rng, 0.4);
    f.lobe = rng.chance(0.8) ? lower_lobe(rng, f.side) : any_lobe(rng, f.side);
  }
  const bool emphysema = spec.has(Finding::Emphysema);
  if (rng.chance(p(0.2 + 0.18 * c.smoker + 0.1 * emphysema + 0.35 * c.malignancy))) {
    FindingSpec& f = spec[Finding::LungNodule] = present(rng);
    f.side = any_side(rng, 0.0);
    f.lobe = c.smoker && rng.chance(0.6) ? upper_lobe(rng, f.side) : any_lobe(rng, f.side);
    f.count = rng.chance(0.6) ? 1 : rng.between(2, 4);
    f.size_mm = 4.0 + 21.0 * std::pow(rng.uniform(), 1.8);
  }
  if (rng.chance(p(0.1 + 0.5 * c.infection + 0.2 * c.heart_failure))) {
    FindingSpec& f = spec[Finding::LungOpacity] = present(rng);
    f.side = any_side(rng, 0.5);
    f.lobe = any_lobe(rng, f.side);
    f.count = rng.between(1, 4);
    f.size_mm = 18.0 + 45.0 * f.severity;
  }
  if (rng.chance(p(0.08 + 0.5 * c.scarring))) {
    FindingSpec& f = spec[Finding::PulmonaryFibroticSequela] = present(rng);
    f.side = any_side(rng, 0.3);
    f.lobe = rng.chance(0.6) ? upper_lobe(rng, f.side) : any_lobe(rng, f.side);
    f.count = rng.between(1, 4);
  }
  if (rng.chance(p(0.03 + 0.35 * c.airway_disease))) {
    FindingSpec& f = spec[Finding::MosaicAttenuationPattern] = present(rng);
    f.side = any_side(rng, 0.8);
  }
  if (rng.chance(p(0.04 + 0.35 * c.airway_disease + 0.1 * c.infection))) {
    FindingSpec& f = spec[Finding::PeribronchialThickening] = present(rng);
    f.side = any_side(rng, 0.7);
    f.lobe = lower_lobe(rng, f.side);
  }
  if (rng.chance(p(0.03 + 0.6 * c.infection))) {
    FindingSpec& f = spec[Finding::Consolidation] = present(rng);
    f.side = any_side(rng, 0.2);
    f.lobe = rng.chance(0.6) ? lower_lobe(rng, f.side) : any_lobe(rng, f.side);
    f.count = rng.chance(0.75) ? 1 : 2;
    f.size_mm = 25.0 + 55.0 * f.severity;
  }
  if (rng.chance(p(0.04 + 0.35 * c.airway_disease + 0.15 * c.scarring))) {
    FindingSpec& f = spec[Finding::Bronchiectasis] = present(rng);
    f.side = any_side(rng, 0.4);
    f.lobe = rng.chance(0.7) ? lower_lobe(rng, f.side) : any_lobe(rng, f.side);
  }
  if (rng.chance(p(0.02 + 0.35 * c.heart_failure + 0.15 * c.scarring))) {
    FindingSpec& f = spec[Finding::InterlobularSeptalThickening] = present(rng);
    f.side = c.heart_failure ? Side::Both : any_side(rng, 0.6);
  }
}

PatientSpec sample_patient(Rng& rng) {
  PatientSpec p;
  p.sex = rng.chance(0.5) ? 'M' : 'F';
  const double band = rng.uniform();
  p.age_years = band < 0.2   ? rng.between(25, 44)
                : band < 0.7 ? rng.between(45, 69)
                             : rng.between(70, 88);
  p.body_scale = std::clamp(rng.normal(1.0, 0.06), 0.86, 1.14);
  p.fat_mm = 5.0 + 30.0 * std::pow(rng.uniform(), 1.6) + (p.sex == 'F' ? 4.0 : 0.0);
  p.inspiration = rng.uniform(0.35, 1.0);
  return p;
}

// Scan length from a little above the apices to the upper abdomen.
double coverage_mm(Rng& rng, const PatientSpec& patient) {
  return phantom::ChestAnatomy::lung_height(patient) + rng.uniform(75, 120);
}

void choose_kernel(Rng& rng, const Scanner& scanner, bool sharp, PhantomSize size,
                   AcquisitionSpec& a) {
  a.kernel = sharp ? scanner.sharp_kernel : scanner.soft_kernel;
  a.kernel_sigma_mm = sharp ? rng.uniform(0.35, 0.5) : rng.uniform(0.7, 0.95);
  a.noise_hu = sharp ? rng.uniform(22, 40) : rng.uniform(7, 14);
  // Big voxels average the quantum noise of many small ones.
  if (size == PhantomSize::Small) a.noise_hu *= 0.45;
}

}  // namespace

AcquisitionSpec sample_acquisition(std::uint64_t seed, PhantomSize size,
                                   const PatientSpec& patient) {
  Rng rng(seed, "acquisition");
  AcquisitionSpec a;
  const Scanner& scanner = kScanners[rng.below(static_cast<int>(std::size(kScanners)))];
  a.manufacturer = scanner.manufacturer;
  a.model = scanner.model;
  a.kvp = rng.chance(0.8) ? 120 : 100;
  a.tube_current_ma = rng.between(80, 320);
  a.noise_seed = rng.next();
  choose_kernel(rng, scanner, rng.chance(0.4), size, a);

  // Field of view: the body plus a margin, never cutting the patient.
  const double fov = 2.0 * (phantom::ChestAnatomy::body_half_width(patient) + rng.uniform(20, 70));
  const double coverage = coverage_mm(rng, patient);
  if (size == PhantomSize::Full) {
    const double xy = std::clamp(std::round(fov / 512.0 * 1000.0) / 1000.0, 0.6, 1.0);
    const double z_choices[] = {1.0, 1.0, 1.0, 1.25, 1.25, 1.5, 1.5, 2.0, 3.0, 5.0};
    const double z = z_choices[rng.below(static_cast<int>(std::size(z_choices)))];
    a.dims = {512, 512, static_cast<std::int64_t>(std::round(coverage / z)) + 1};
    a.spacing = {xy, xy, z};
  } else {
    const double xy = std::round(fov / 128.0 * 1000.0) / 1000.0;
    a.dims = {128, 128, 64};
    a.spacing = {xy, xy, std::round(coverage / 63.0 * 100.0) / 100.0};
  }
  return a;
}

PhantomSpec sample_phantom_spec(std::uint64_t seed, std::uint64_t index, PhantomSize size) {
  const std::uint64_t patient_seed = phantom::hash_combine(seed, index);
  Rng rng(patient_seed, "patient");
  PhantomSpec spec;
  spec.seed = patient_seed;
  spec.size = size;
  spec.patient = sample_patient(rng);
  const Conditions conditions = sample_conditions(rng, spec.patient);
  sample_findings(rng, conditions, spec.patient, spec);
  spec.acquisition = sample_acquisition(rng.next(), size, spec.patient);
  return spec;
}

PhantomSpec sample_reconstruction(const PhantomSpec& scan, std::uint64_t reconstruction_index) {
  PhantomSpec recon = scan;
  Rng rng(phantom::hash_combine(scan.seed, reconstruction_index), "reconstruction");
  AcquisitionSpec& a = recon.acquisition;
  // The other kernel of the same scanner (lung vs soft tissue), often a different slice spacing.
  const Scanner* scanner = &kScanners[0];
  for (const Scanner& s : kScanners)
    if (a.kernel == s.soft_kernel || a.kernel == s.sharp_kernel) scanner = &s;
  const bool was_sharp = a.kernel == scanner->sharp_kernel;
  choose_kernel(rng, *scanner, !was_sharp, scan.size, a);
  a.noise_seed = rng.next();
  if (scan.size == PhantomSize::Full) {
    const double coverage = (a.dims[2] - 1) * a.spacing[2];
    const double z_choices[] = {1.0, 1.25, 1.5, 2.0, 3.0, 5.0};
    const double z = z_choices[rng.below(static_cast<int>(std::size(z_choices)))];
    a.spacing[2] = z;
    a.dims[2] = static_cast<std::int64_t>(std::round(coverage / z)) + 1;
  }
  return recon;
}

PhantomSpec sample_follow_up(const PhantomSpec& scan, std::uint64_t follow_up_index) {
  PhantomSpec next = scan;
  Rng rng(phantom::hash_combine(scan.seed, follow_up_index), "follow-up");
  next.patient.age_years += rng.between(0, 2);
  next.patient.inspiration = rng.uniform(0.35, 1.0);
  // Acute findings come and go; chronic ones stay, with a little change in extent. The seed is
  // kept, so lesions that persist stay where they were.
  const Finding acute[] = {Finding::PleuralEffusion, Finding::Consolidation, Finding::LungOpacity,
                           Finding::Atelectasis};
  for (Finding f : acute) {
    FindingSpec& spec = next[f];
    if (spec.present && rng.chance(0.5)) {
      spec.present = false;
    } else if (!spec.present && rng.chance(0.1)) {
      spec.present = true;
      spec.severity = rng.uniform(0.1, 1.0);
      spec.side = any_side(rng, 0.3);
      spec.lobe = lower_lobe(rng, spec.side);
      spec.count = 1;
      spec.size_mm = 0;
    }
  }
  for (FindingSpec& spec : next.findings)
    if (spec.present) spec.severity = std::clamp(spec.severity + rng.normal(0, 0.08), 0.05, 1.0);
  next.acquisition = sample_acquisition(rng.next(), scan.size, next.patient);
  return next;
}

const char* lobe_name(Lobe lobe) {
  switch (lobe) {
    case Lobe::RightUpper:
      return "right upper lobe";
    case Lobe::RightMiddle:
      return "right middle lobe";
    case Lobe::RightLower:
      return "right lower lobe";
    case Lobe::LeftUpper:
      return "left upper lobe";
    case Lobe::LeftLower:
      return "left lower lobe";
  }
  return "lung";
}

Side side_of(Lobe lobe) {
  return lobe == Lobe::LeftUpper || lobe == Lobe::LeftLower ? Side::Left : Side::Right;
}

const char* lymph_node_station_name(int station) {
  static const char* const kNames[kLymphNodeStationCount] = {"right upper paratracheal",
                                                             "right lower paratracheal",
                                                             "left lower paratracheal",
                                                             "subcarinal",
                                                             "aortopulmonary window",
                                                             "prevascular",
                                                             "right hilar",
                                                             "left hilar"};
  return kNames[std::clamp(station, 0, kLymphNodeStationCount - 1)];
}

}  // namespace ctlite::core
