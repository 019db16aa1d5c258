// The rule-based labeler and the sentence filter measured against the phantom ground truth:
// reports written by core/phantoms from a spec whose 18 findings are known.

#include <gtest/gtest.h>

#include <cstdio>

#include "core/phantoms/phantom_spec.h"
#include "core/phantoms/report_generator.h"
#include "core/reports/label_agreement.h"
#include "core/reports/report_labeler.h"
#include "core/reports/report_sentence_filter.h"

namespace ctlite::core {
namespace {

constexpr int kReports = 400;

struct Measured {
  LabelAgreement full{kFindingCount};
  LabelAgreement filtered{kFindingCount};
  std::size_t sentences = 0, kept = 0;
};

const Measured& measured() {
  static const Measured m = [] {
    Measured out;
    RuleBasedLabeler labeler;
    RuleBasedSentenceFilter filter;
    for (int i = 0; i < kReports; ++i) {
      const PhantomSpec spec = sample_phantom_spec(2024, static_cast<std::uint64_t>(i), PhantomSize::Small);
      const RadiologyReport report = write_report(spec);
      const std::string text = report.findings + "\n" + report.impressions;
      std::vector<int> truth;
      for (std::size_t f = 0; f < kFindingCount; ++f) truth.push_back(spec.findings[f].present);
      out.full.add(labeler.label(text).binary(), truth);
      const auto decisions = filter.classify(text);
      for (const auto& d : decisions) out.kept += d.keep;
      out.sentences += decisions.size();
      out.filtered.add(labeler.label(filter.filter(text)).binary(), truth);
    }
    return out;
  }();
  return m;
}

void print_table(const char* title, const LabelAgreement& agreement) {
  std::printf("%s\n%-36s %9s %9s %5s %5s %5s\n", title, "finding", "precision", "recall", "tp", "fp",
              "fn");
  for (std::size_t f = 0; f < agreement.findings(); ++f) {
    const auto& c = agreement.finding(f);
    std::printf("%-36s %9.3f %9.3f %5zu %5zu %5zu\n", std::string(kAbnormalityNames[f]).c_str(),
                c.precision(), c.recall(), c.true_positive, c.false_positive, c.false_negative);
  }
  const auto all = agreement.pooled();
  std::printf("%-36s %9.3f %9.3f %5zu %5zu %5zu\n", "pooled (micro)", all.precision(), all.recall(),
              all.true_positive, all.false_positive, all.false_negative);
}

TEST(ReportLabelerOnPhantoms, PrecisionAndRecallAgainstGroundTruth) {
  const auto& m = measured();
  print_table("rule-based labeler on 400 phantom reports (findings + impressions)", m.full);
  const auto pooled = m.full.pooled();
  EXPECT_GE(pooled.precision(), 0.97);
  EXPECT_GE(pooled.recall(), 0.97);
  for (std::size_t f = 0; f < kFindingCount; ++f) {
    EXPECT_GE(m.full.finding(f).precision(), 0.85) << kAbnormalityNames[f];
    EXPECT_GE(m.full.finding(f).recall(), 0.85) << kAbnormalityNames[f];
  }
}

TEST(ReportLabelerOnPhantoms, FilteringKeepsEveryAbnormalityAndDropsRoutineSentences) {
  const auto& m = measured();
  print_table("labeler on the FILTERED reports", m.filtered);
  std::printf("sentence filter kept %zu of %zu sentences (%.1f %%)\n", m.kept, m.sentences,
              100.0 * static_cast<double>(m.kept) / static_cast<double>(m.sentences));
  // What the filter drops must not carry findings: recall stays where it was.
  EXPECT_GE(m.filtered.pooled().recall(), m.full.pooled().recall() - 0.01);
  EXPECT_GE(m.filtered.pooled().precision(), m.full.pooled().precision() - 0.01);
  EXPECT_LT(m.kept, m.sentences * 3 / 4);  // routine normal sentences are the majority
  EXPECT_GT(m.kept, 0u);
}

}  // namespace
}  // namespace ctlite::core
