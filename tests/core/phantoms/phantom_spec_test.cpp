#include "core/phantoms/phantom_spec.h"

#include <gtest/gtest.h>

#include <set>

#include "core/phantoms/finding.h"

namespace ctlite::core {
namespace {

TEST(PhantomSpec, PrevalenceOfEveryFindingIsBetweenFiveAndFortyPercent) {
  constexpr int kSpecs = 3000;
  PerFinding<int> present{};
  for (int n = 0; n < kSpecs; ++n) {
    const PhantomSpec spec =
        sample_phantom_spec(9, static_cast<std::uint64_t>(n), PhantomSize::Small);
    for (std::size_t f = 0; f < kFindingCount; ++f) present[f] += spec.findings[f].present;
  }
  for (std::size_t f = 0; f < kFindingCount; ++f) {
    const double p = static_cast<double>(present[f]) / kSpecs;
    EXPECT_GE(p, 0.05) << finding_name(finding_at(f));
    EXPECT_LE(p, 0.40) << finding_name(finding_at(f));
  }
}

TEST(PhantomSpec, FindingsCoOccurAsInPatients) {
  constexpr int kSpecs = 4000;
  const auto conditional = [&](Finding given, Finding f) {
    int with = 0, both = 0, total = 0;
    for (int n = 0; n < kSpecs; ++n) {
      const PhantomSpec spec =
          sample_phantom_spec(10, static_cast<std::uint64_t>(n), PhantomSize::Small);
      total += spec.has(f);
      if (spec.has(given)) {
        ++with;
        both += spec.has(f);
      }
    }
    return std::make_pair(static_cast<double>(both) / std::max(1, with),
                          static_cast<double>(total) / kSpecs);
  };
  const auto [effusion_given_cardiomegaly, effusion] =
      conditional(Finding::Cardiomegaly, Finding::PleuralEffusion);
  EXPECT_GT(effusion_given_cardiomegaly, 1.5 * effusion);
  const auto [nodule_given_emphysema, nodule] =
      conditional(Finding::Emphysema, Finding::LungNodule);
  EXPECT_GT(nodule_given_emphysema, 1.2 * nodule);
  const auto [coronary_given_aortic, coronary] =
      conditional(Finding::ArterialWallCalcification, Finding::CoronaryArteryWallCalcification);
  EXPECT_GT(coronary_given_aortic, 1.5 * coronary);
}

TEST(PhantomSpec, SamplingIsDeterministicAndIndexDependent) {
  const PhantomSpec a = sample_phantom_spec(4, 17, PhantomSize::Full);
  const PhantomSpec b = sample_phantom_spec(4, 17, PhantomSize::Full);
  EXPECT_EQ(a.seed, b.seed);
  EXPECT_EQ(a.acquisition.dims, b.acquisition.dims);
  for (std::size_t f = 0; f < kFindingCount; ++f)
    EXPECT_EQ(a.findings[f].present, b.findings[f].present);
  EXPECT_NE(a.seed, sample_phantom_spec(4, 18, PhantomSize::Full).seed);
  EXPECT_NE(a.seed, sample_phantom_spec(5, 17, PhantomSize::Full).seed);
}

TEST(PhantomSpec, AcquisitionsLookLikeCtRate) {
  std::set<double> slice_spacings;
  for (std::uint64_t n = 0; n < 300; ++n) {
    const PhantomSpec full = sample_phantom_spec(2, n, PhantomSize::Full);
    const AcquisitionSpec& a = full.acquisition;
    EXPECT_EQ(a.dims[0], 512);
    EXPECT_EQ(a.dims[1], 512);
    EXPECT_GE(a.spacing[0], 0.6);
    EXPECT_LE(a.spacing[0], 1.0);
    EXPECT_EQ(a.spacing[0], a.spacing[1]);
    EXPECT_GE(a.spacing[2], 1.0);
    EXPECT_LE(a.spacing[2], 5.0);
    EXPECT_GE(a.dims[2], 50);
    EXPECT_LE(a.dims[2], 420);
    slice_spacings.insert(a.spacing[2]);
    const PhantomSpec small = sample_phantom_spec(2, n, PhantomSize::Small);
    EXPECT_EQ(small.acquisition.dims, (std::array<std::int64_t, 3>{128, 128, 64}));
  }
  EXPECT_GE(slice_spacings.size(), 4u);
}

TEST(PhantomSpec, ReconstructionAndFollowUpKeepThePatient) {
  const PhantomSpec scan = sample_phantom_spec(6, 3, PhantomSize::Full);
  const PhantomSpec recon = sample_reconstruction(scan, 1);
  EXPECT_EQ(recon.seed, scan.seed);
  EXPECT_NE(recon.acquisition.kernel, scan.acquisition.kernel);
  EXPECT_NE(recon.acquisition.noise_seed, scan.acquisition.noise_seed);
  for (std::size_t f = 0; f < kFindingCount; ++f)
    EXPECT_EQ(recon.findings[f].present, scan.findings[f].present);
  const double coverage = (scan.acquisition.dims[2] - 1) * scan.acquisition.spacing[2];
  EXPECT_NEAR((recon.acquisition.dims[2] - 1) * recon.acquisition.spacing[2], coverage, 5.0);

  const PhantomSpec later = sample_follow_up(scan, 1);
  EXPECT_EQ(later.seed, scan.seed);
  EXPECT_EQ(later.patient.sex, scan.patient.sex);
  EXPECT_GE(later.patient.age_years, scan.patient.age_years);
  for (Finding chronic :
       {Finding::Emphysema, Finding::LungNodule, Finding::ArterialWallCalcification})
    EXPECT_EQ(later.has(chronic), scan.has(chronic));
}

}  // namespace
}  // namespace ctlite::core
