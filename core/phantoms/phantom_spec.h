#pragma once
// What a synthetic chest CT should contain: the patient, the acquisition and the ground truth of
// the 18 CT-RATE findings. A spec is pure data; generate_phantom() draws it and write_report()
// describes it, so image, labels and report all come from the same truth.

#include <array>
#include <cstdint>
#include <string>

#include "core/phantoms/finding.h"

namespace ctlite::core {

// Small phantoms (128 x 128 x 64) are for tests and quick pipelines; full ones match CT-RATE
// volumes (512 x 512 x ~100-400 slices).
enum class PhantomSize { Small, Full };

enum class Side { Right, Left, Both };

enum class Lobe { RightUpper, RightMiddle, RightLower, LeftUpper, LeftLower };

// Device kinds drawn for Finding::MedicalMaterial (FindingSpec::variant).
enum class MedicalDevice { SternotomyWires = 0, ChestPort = 1, Pacemaker = 2 };
// Patterns for Finding::Emphysema and Finding::Atelectasis (FindingSpec::variant).
enum class EmphysemaPattern { Centrilobular = 0, Paraseptal = 1 };
enum class AtelectasisPattern { Dependent = 0, Platelike = 1 };

struct FindingSpec {
  bool present = false;
  // 0 = minimal .. 1 = severe. Drives extent, and size where size_mm is left at 0.
  double severity = 0.5;
  Side side = Side::Right;
  Lobe lobe = Lobe::RightLower;  // main location of focal findings
  // Size of the index lesion (0 = derive from severity): nodule or patch diameter, node short
  // axis, hernia diameter, effusion depth (pleural) or rim thickness (pericardial).
  double size_mm = 0.0;
  int count = 1;    // nodules, enlarged nodes, plaques, sternotomy wires, patches, bands
  int variant = 0;  // MedicalDevice / EmphysemaPattern / AtelectasisPattern / node station
};

struct PatientSpec {
  char sex = 'M';  // 'M' or 'F'
  int age_years = 60;
  double body_scale = 1.0;   // ribcage size relative to an average adult (0.85 .. 1.15)
  double fat_mm = 15.0;      // subcutaneous fat thickness
  double inspiration = 0.7;  // 0 = poor inspiration (dense, short lungs) .. 1 = deep
};

struct AcquisitionSpec {
  std::array<std::int64_t, 3> dims{512, 512, 300};
  std::array<double, 3> spacing{0.75, 0.75, 1.0};  // mm; x and y equal
  std::string manufacturer = "SIEMENS";
  std::string model = "SOMATOM Definition Edge";
  std::string kernel = "B30f";
  double kernel_sigma_mm = 0.6;  // in-plane Gaussian standing in for the reconstruction kernel
  double noise_hu = 12.0;        // standard deviation of quantum noise after the kernel blur
  int tube_current_ma = 200;
  int kvp = 120;
  std::uint64_t noise_seed = 0;  // quantum noise differs between acquisitions of one patient
};

struct PhantomSpec {
  std::uint64_t seed = 1;  // anatomy, lesion placement and noise
  PhantomSize size = PhantomSize::Small;
  PatientSpec patient;
  AcquisitionSpec acquisition;
  PerFinding<FindingSpec> findings{};
  // Ground-truth mode for tests: no noise, no kernel blur and hard shape edges, so every voxel
  // holds exactly the value its label was painted with.
  bool clean = false;
  bool keep_label_map = false;  // return the per-voxel Tissue/finding labels as well
  int threads = 0;              // 0 = all hardware threads; the output never depends on it

  bool has(Finding finding) const { return findings[index_of(finding)].present; }
  FindingSpec& operator[](Finding finding) { return findings[index_of(finding)]; }
  const FindingSpec& operator[](Finding finding) const { return findings[index_of(finding)]; }
};

// A plausible patient with CT-RATE-like prevalence (each finding present in 5-40 % of specs) and
// co-occurrence (effusions with cardiomegaly, nodules with emphysema, ...). Deterministic in
// (seed, index); the acquisition is a valid one for `size`.
PhantomSpec sample_phantom_spec(std::uint64_t seed, std::uint64_t index, PhantomSize size);

// Another reconstruction of the same scan (CT-RATE's `_2` volumes): same patient, findings and
// anatomy, a different kernel, slice spacing and noise.
PhantomSpec sample_reconstruction(const PhantomSpec& scan, std::uint64_t reconstruction_index);

// A follow-up scan of the same patient (CT-RATE's `_b` scans): chronic findings persist, acute
// ones (effusions, consolidation, opacity, atelectasis) may resolve or appear.
PhantomSpec sample_follow_up(const PhantomSpec& scan, std::uint64_t follow_up_index);

// An acquisition for `size` with CT-RATE-like spacing, kernel and vendor whose field of view and
// slice range fit `patient`.
AcquisitionSpec sample_acquisition(std::uint64_t seed, PhantomSize size,
                                   const PatientSpec& patient);

const char* lobe_name(Lobe lobe);  // "right upper lobe", ...
// Mediastinal and hilar node stations (FindingSpec::variant of Finding::Lymphadenopathy names
// the station of the largest node).
constexpr int kLymphNodeStationCount = 8;
const char* lymph_node_station_name(int station);  // "subcarinal", ...
Side side_of(Lobe lobe);

}  // namespace ctlite::core
