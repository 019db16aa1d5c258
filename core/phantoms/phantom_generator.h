#pragma once
// Synthetic chest CT phantoms with known ground truth for the 18 CT-RATE findings: a HU volume,
// the labels, where each finding was drawn (voxel counts, centroid, bounding box) and a
// radiology report written from the same truth. Used to test readers, preprocessing, the
// zero-shot pipeline and text labelers end to end without patient data.
//
//   PhantomSpec spec = sample_phantom_spec(seed, index, PhantomSize::Full);
//   Phantom phantom = generate_phantom(spec);   // ~1.5 CPU-s for 512 x 512 x 300, slices in
//   parallel

#include <array>
#include <cstdint>
#include <vector>

#include "core/phantoms/finding.h"
#include "core/phantoms/phantom_spec.h"
#include "core/phantoms/report_generator.h"
#include "core/volume/volume.h"

namespace ctlite::core {

// Where a finding was drawn: the voxels whose ground-truth label is that finding.
struct FindingEvidence {
  std::int64_t voxel_count = 0;
  std::array<double, 3> centroid_voxel{};  // mean (i, j, k) of those voxels
  std::array<double, 3> centroid_lps{};    // the same in LPS mm
  std::array<std::int64_t, 3> box_min{};   // inclusive voxel bounding box
  std::array<std::int64_t, 3> box_max{};
};

struct Phantom {
  PhantomSpec spec;
  Volume volume;              // Hounsfield units, integer-valued, identity direction (LPS axes)
  PerFinding<bool> labels{};  // the CT-RATE label row: spec[f].present
  PerFinding<FindingEvidence> evidence{};
  // Per-voxel Tissue / finding labels (tissue_label.h), same layout as volume.voxels; only when
  // spec.keep_label_map is set.
  std::vector<std::uint8_t> label_map;
  RadiologyReport report;
};

// Draws `spec`. Output bytes depend on the spec only (not on the thread count). Throws
// std::invalid_argument for an unusable spec (empty or oversized grid, bad spacing).
Phantom generate_phantom(const PhantomSpec& spec);

}  // namespace ctlite::core
