#include "core/reports/report_sentence_filter.h"

#include <gtest/gtest.h>

namespace ctlite::core {
namespace {

const char* kReport =
    "Trachea and both main bronchi are open. Heart contour and size are normal. "
    "No pleural or pericardial effusion was detected. "
    "Calcific atheroma plaques are observed in the aorta. "
    "Mediastinal lymph nodes are not pathologically enlarged. "
    "A 5 mm nodule in the right upper lobe. Thyroid gland is of normal size. "
    "Early pneumonia cannot be excluded. Degenerative changes in the thoracic vertebrae.";

TEST(RuleBasedSentenceFilter, KeepsAbnormalAndHedgedSentencesOnly) {
  RuleBasedSentenceFilter filter;
  const auto decisions = filter.classify(kReport);
  ASSERT_EQ(decisions.size(), 9u);
  const bool expected_keep[] = {false, false, false, true, false, true, false, true, true};
  for (size_t i = 0; i < decisions.size(); ++i)
    EXPECT_EQ(decisions[i].keep, expected_keep[i]) << decisions[i].sentence;
  EXPECT_EQ(decisions[7].kind, SentenceKind::kUncertain);
  EXPECT_EQ(decisions[3].kind, SentenceKind::kAbnormal);
  EXPECT_EQ(filter.filter(kReport),
            "Calcific atheroma plaques are observed in the aorta. "
            "A 5 mm nodule in the right upper lobe. Early pneumonia cannot be excluded. "
            "Degenerative changes in the thoracic vertebrae.");
}

TEST(RuleBasedSentenceFilter, NormalReportFiltersToEmpty) {
  EXPECT_EQ(RuleBasedSentenceFilter().filter("Lungs are clear. No nodule or mass."), "");
}

TEST(ReportSentenceFilterFactory, NamedFiltersAndClearErrors) {
  EXPECT_EQ(make_report_sentence_filter("none")->filter("A. B."), "A. B.");
  EXPECT_NE(make_report_sentence_filter("rules"), nullptr);
  EXPECT_THROW(make_report_sentence_filter("magic"), std::invalid_argument);
}

}  // namespace
}  // namespace ctlite::core
