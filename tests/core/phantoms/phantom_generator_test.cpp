#include "core/phantoms/phantom_generator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "core/phantoms/chest_anatomy.h"
#include "core/phantoms/tissue_label.h"

namespace ctlite::core {
namespace {

// A small spec with no findings except the ones asked for.
PhantomSpec bare_spec(std::uint64_t index, std::initializer_list<Finding> findings = {}) {
  PhantomSpec spec = sample_phantom_spec(77, index, PhantomSize::Small);
  for (FindingSpec& f : spec.findings) f.present = false;
  for (Finding f : findings) {
    spec[f].present = true;
    spec[f].severity = 0.7;
  }
  return spec;
}

struct Range {
  float low, high;
};

// Clean-mode HU of every voxel carrying `label` must lie in the range.
void expect_label_range(const Phantom& p, std::uint8_t label, Range range,
                        const std::string& what) {
  std::size_t count = 0, outside = 0;
  float seen_low = 1e9f, seen_high = -1e9f;
  for (std::size_t n = 0; n < p.label_map.size(); ++n) {
    if (p.label_map[n] != label) continue;
    ++count;
    const float v = p.volume.voxels[n];
    seen_low = std::min(seen_low, v);
    seen_high = std::max(seen_high, v);
    if (v < range.low || v > range.high) ++outside;
  }
  EXPECT_EQ(outside, 0u) << what << ": " << outside << " of " << count << " voxels outside ["
                         << range.low << ", " << range.high << "], seen [" << seen_low << ", "
                         << seen_high << "]";
}

TEST(PhantomGenerator, LabelsMatchWhatIsDrawnForSampledSpecs) {
  for (std::uint64_t index = 0; index < 40; ++index) {
    const Phantom p = generate_phantom(sample_phantom_spec(5, index, PhantomSize::Small));
    for (std::size_t f = 0; f < kFindingCount; ++f)
      EXPECT_EQ(p.labels[f], p.evidence[f].voxel_count > 0)
          << "phantom " << index << ", " << finding_name(finding_at(f)) << ": labelled "
          << p.labels[f] << ", " << p.evidence[f].voxel_count << " voxels drawn";
  }
}

TEST(PhantomGenerator, EachFindingAloneIsDrawnAndNothingElse) {
  for (std::size_t f = 0; f < kFindingCount; ++f) {
    for (std::uint64_t index : {1u, 2u}) {
      PhantomSpec spec = bare_spec(index, {finding_at(f)});
      spec.clean = true;
      const Phantom p = generate_phantom(spec);
      for (std::size_t g = 0; g < kFindingCount; ++g) {
        if (g == f)
          EXPECT_GT(p.evidence[g].voxel_count, 0)
              << finding_name(finding_at(f)) << " not drawn, phantom " << index;
        else
          EXPECT_EQ(p.evidence[g].voxel_count, 0)
              << finding_name(finding_at(g)) << " drawn without being asked";
      }
    }
  }
}

TEST(PhantomGenerator, FullSizeWithAllFindingsDrawsEveryOne) {
  PhantomSpec spec = sample_phantom_spec(3, 0, PhantomSize::Full);
  for (FindingSpec& f : spec.findings) {
    f.present = true;
    f.severity = 0.6;
  }
  spec.acquisition.dims[2] = 90;
  spec.acquisition.spacing[2] = 3.5;
  const Phantom p = generate_phantom(spec);
  for (std::size_t f = 0; f < kFindingCount; ++f)
    EXPECT_GT(p.evidence[f].voxel_count, 0) << finding_name(finding_at(f));
}

TEST(PhantomGenerator, CleanValuesStayInEachTissueAndFindingRange) {
  std::map<std::uint8_t, std::pair<Range, std::string>> ranges = {
      {label_of(Tissue::Outside), {{-1024, -1000}, "outside"}},
      {label_of(Tissue::Fat), {{-100, -100}, "fat"}},
      {label_of(Tissue::Muscle), {{45, 45}, "muscle"}},
      {label_of(Tissue::CorticalBone), {{400, 1000}, "cortical bone"}},
      {label_of(Tissue::CancellousBone), {{400, 1000}, "cancellous bone"}},
      {label_of(Tissue::Lung), {{-950, -740}, "lung"}},
      {label_of(Tissue::Airway), {{-1000, -1000}, "airway"}},
      {label_of(Tissue::PulmonaryVessel), {{40, 40}, "pulmonary vessel"}},
      {label_of(Tissue::Heart), {{40, 40}, "heart"}},
      {label_of(Tissue::Liver), {{60, 60}, "liver"}},
      {label_of(Finding::MedicalMaterial), {{2000.5f, 3071}, "medical material"}},
      {label_of(Finding::ArterialWallCalcification), {{400, 1000}, "arterial wall calcification"}},
      {label_of(Finding::CoronaryArteryWallCalcification), {{350, 900}, "coronary calcification"}},
      {label_of(Finding::Cardiomegaly), {{40, 40}, "cardiomegaly"}},
      {label_of(Finding::PericardialEffusion), {{0, 20}, "pericardial effusion"}},
      {label_of(Finding::HiatalHernia), {{-1000, 50}, "hiatal hernia"}},
      {label_of(Finding::Lymphadenopathy), {{25, 50}, "lymphadenopathy"}},
      {label_of(Finding::Emphysema), {{-1000, -951}, "emphysema"}},
      {label_of(Finding::Atelectasis), {{-100, 50}, "atelectasis"}},
      {label_of(Finding::LungNodule), {{0, 70}, "nodule"}},
      {label_of(Finding::LungOpacity), {{-600, -300}, "ground glass"}},
      {label_of(Finding::PulmonaryFibroticSequela), {{-150, 40}, "fibrotic sequela"}},
      {label_of(Finding::PleuralEffusion), {{0, 20}, "pleural effusion"}},
      {label_of(Finding::MosaicAttenuationPattern), {{-950, -760}, "mosaic attenuation"}},
      {label_of(Finding::PeribronchialThickening), {{0, 60}, "peribronchial thickening"}},
      {label_of(Finding::Consolidation), {{-100, 50}, "consolidation"}},
      {label_of(Finding::Bronchiectasis), {{-1000, 60}, "bronchiectasis"}},
      {label_of(Finding::InterlobularSeptalThickening), {{-200, -150}, "septal thickening"}},
  };
  for (std::uint64_t index : {3u, 4u}) {
    PhantomSpec spec = bare_spec(index);
    for (FindingSpec& f : spec.findings) {
      f.present = true;
      f.severity = 0.8;
    }
    spec.clean = true;
    spec.keep_label_map = true;
    const Phantom p = generate_phantom(spec);
    ASSERT_EQ(p.label_map.size(), p.volume.voxels.size());
    for (const auto& [label, range] : ranges)
      expect_label_range(p, label, range.first, range.second);
  }
}

TEST(PhantomGenerator, SameSpecGivesTheSameBytesWhateverTheThreadCount) {
  PhantomSpec spec = sample_phantom_spec(11, 2, PhantomSize::Small);
  spec.threads = 1;
  const Phantom one = generate_phantom(spec);
  spec.threads = 3;
  const Phantom three = generate_phantom(spec);
  EXPECT_EQ(one.volume.voxels, three.volume.voxels);
  EXPECT_EQ(one.report.findings, three.report.findings);
  for (std::size_t f = 0; f < kFindingCount; ++f)
    EXPECT_EQ(one.evidence[f].voxel_count, three.evidence[f].voxel_count);
  spec.seed += 1;
  EXPECT_NE(generate_phantom(spec).volume.voxels, one.volume.voxels);
}

TEST(PhantomGenerator, NoiseMatchesTheRequestedLevel) {
  PhantomSpec spec = bare_spec(6);
  spec.acquisition.dims = {256, 256, 64};
  spec.acquisition.spacing = {1.4, 1.4, 5.0};
  spec.acquisition.noise_hu = 20;
  spec.acquisition.kernel_sigma_mm = 1.0;
  spec.keep_label_map = true;
  const Phantom p = generate_phantom(spec);
  // Liver voxels whose whole 7 x 7 neighbourhood is liver: no edges, only noise.
  const auto& v = p.volume;
  double sum = 0, squares = 0;
  std::size_t n = 0;
  for (std::int64_t k = 0; k < v.dims[2]; ++k)
    for (std::int64_t j = 3; j < v.dims[1] - 3; ++j)
      for (std::int64_t i = 3; i < v.dims[0] - 3; ++i) {
        bool interior = true;
        for (int dj = -3; dj <= 3 && interior; ++dj)
          for (int di = -3; di <= 3 && interior; ++di)
            interior = p.label_map[v.index(i + di, j + dj, k)] == label_of(Tissue::Liver);
        if (!interior) continue;
        sum += v.at(i, j, k);
        squares += v.at(i, j, k) * v.at(i, j, k);
        ++n;
      }
  ASSERT_GT(n, 500u);
  const double mean = sum / n, sd = std::sqrt(squares / n - mean * mean);
  EXPECT_NEAR(mean, 60.0, 2.0);
  EXPECT_NEAR(sd, 20.0, 4.0);
}

TEST(PhantomGenerator, GeometryAndEvidenceLocationFollowTheSpec) {
  PhantomSpec spec = bare_spec(8, {Finding::PleuralEffusion, Finding::LungNodule});
  spec[Finding::PleuralEffusion].side = Side::Left;
  spec[Finding::LungNodule].lobe = Lobe::RightUpper;
  spec[Finding::LungNodule].count = 1;
  spec[Finding::LungNodule].size_mm = 14;
  const Phantom p = generate_phantom(spec);
  const Volume& v = p.volume;
  EXPECT_EQ(v.dims, spec.acquisition.dims);
  EXPECT_EQ(v.spacing, spec.acquisition.spacing);
  EXPECT_EQ(v.unit, IntensityUnit::Hounsfield);
  for (float value : v.voxels) ASSERT_EQ(value, std::nearbyint(value));
  // LPS: +x is the patient's left, +y posterior. A left effusion lies left and dependent.
  const FindingEvidence& fluid = p.evidence[index_of(Finding::PleuralEffusion)];
  EXPECT_GT(fluid.centroid_lps[0], 20.0);
  EXPECT_GT(fluid.centroid_lps[1], 20.0);
  const FindingEvidence& nodule = p.evidence[index_of(Finding::LungNodule)];
  const phantom::ChestAnatomy anatomy(spec.patient, spec.seed);
  EXPECT_EQ(
      anatomy.lobe_at({nodule.centroid_lps[0], nodule.centroid_lps[1], nodule.centroid_lps[2]}),
      Lobe::RightUpper);
  for (int axis = 0; axis < 3; ++axis) {
    EXPECT_LE(nodule.box_min[axis], nodule.centroid_voxel[axis]);
    EXPECT_GE(nodule.box_max[axis], nodule.centroid_voxel[axis]);
  }
}

TEST(PhantomGenerator, RejectsUnusableSpecs) {
  PhantomSpec spec = bare_spec(0);
  spec.acquisition.dims = {0, 128, 64};
  EXPECT_THROW(generate_phantom(spec), std::invalid_argument);
  spec = bare_spec(0);
  spec.acquisition.dims = {100000, 100000, 100000};
  EXPECT_THROW(generate_phantom(spec), std::invalid_argument);
  spec = bare_spec(0);
  spec.acquisition.spacing = {0, 1, 1};
  EXPECT_THROW(generate_phantom(spec), std::invalid_argument);
  spec = bare_spec(0);
  spec.patient.sex = 'X';
  EXPECT_THROW(generate_phantom(spec), std::invalid_argument);
}

}  // namespace
}  // namespace ctlite::core
