#include "core/reports/report_labeler.h"

#include <gtest/gtest.h>

#include <map>

namespace ctlite::core {
namespace {

std::map<std::string, FindingLabel> labels_of(const std::string& report) {
  const auto result = RuleBasedLabeler().label(report);
  std::map<std::string, FindingLabel> out;
  for (size_t i = 0; i < result.names.size(); ++i) out[result.names[i]] = result.labels[i];
  return out;
}

TEST(RuleBasedLabeler, EighteenFindingsInCtRateOrder) {
  const auto result = RuleBasedLabeler().label("");
  ASSERT_EQ(result.names.size(), 18u);
  EXPECT_EQ(result.names.front(), "Medical material");
  EXPECT_EQ(result.names[9], "Lung nodule");
  EXPECT_EQ(result.names.back(), "Interlobular septal thickening");
  for (auto label : result.labels) EXPECT_EQ(label, FindingLabel::kNotMentioned);
}

TEST(RuleBasedLabeler, AffirmedFindingsAndSynonyms) {
  auto l = labels_of(
      "Calcific atheroma plaques are observed in the aorta and coronary arteries. "
      "The heart is enlarged. Sliding type hiatal hernia. Centrilobular emphysematous changes. "
      "Ground-glass opacities in both lower lobes. Subsegmental atelectasis in the right lung. "
      "A 4 mm nodule in the left upper lobe. Fibrotic sequelae in the right middle lobe. "
      "Bilateral pleural effusion. Mosaic attenuation is noted. Bronchiectatic changes. "
      "Peribronchial thickening. Consolidation in the left lower lobe. "
      "Interlobular septal thickening. Pericardial effusion reaching 12 mm. "
      "Enlarged lymph nodes in the mediastinum. Pacemaker leads in the right ventricle.");
  for (const auto& [name, label] : l) EXPECT_EQ(label, FindingLabel::kPositive) << name;
}

TEST(RuleBasedLabeler, NegationCuesBeforeAndAfterTheTerm) {
  auto l = labels_of(
      "No pleural or pericardial effusion, pneumothorax or consolidation. "
      "The heart is not enlarged. Mediastinum without lymphadenopathy. "
      "Negative for lung nodules. Lungs free of emphysema. Atelectasis is not seen. "
      "Hiatal hernia was not detected.");
  for (const char* name : {"Pleural effusion", "Pericardial effusion", "Consolidation",
                           "Cardiomegaly", "Lymphadenopathy", "Lung nodule", "Emphysema",
                           "Atelectasis", "Hiatal hernia"})
    EXPECT_EQ(l[name], FindingLabel::kNegative) << name;
  EXPECT_EQ(l["Bronchiectasis"], FindingLabel::kNotMentioned);
}

TEST(RuleBasedLabeler, UncertaintyAndPseudoNegation) {
  auto l = labels_of(
      "Early consolidation cannot be excluded. Possible bronchiectasis in the left lower lobe. "
      "No change in the size of the nodule in the right upper lobe.");
  EXPECT_EQ(l["Consolidation"], FindingLabel::kUncertain);  // not negated by its "not"
  EXPECT_EQ(l["Bronchiectasis"], FindingLabel::kUncertain);
  EXPECT_EQ(l["Lung nodule"], FindingLabel::kPositive);  // "no change" negates nothing
  const auto result = RuleBasedLabeler().label("Early consolidation cannot be excluded.");
  EXPECT_EQ(result.binary(true)[15], 1);
  EXPECT_EQ(result.binary(false)[15], 0);
}

TEST(RuleBasedLabeler, ClauseBoundariesStopNegation) {
  auto l = labels_of("No pleural effusion, but there is a small pericardial effusion. "
                     "There is no emphysema; bullae are seen at the apex.");
  EXPECT_EQ(l["Pleural effusion"], FindingLabel::kNegative);
  EXPECT_EQ(l["Pericardial effusion"], FindingLabel::kPositive);
  EXPECT_EQ(l["Emphysema"], FindingLabel::kPositive);  // the bullae clause affirms it
}

TEST(RuleBasedLabeler, ContextMustBeNearTheHeadWord) {
  auto l = labels_of("Bilateral pleural thickening and minimal pericardial effusion.");
  EXPECT_EQ(l["Pericardial effusion"], FindingLabel::kPositive);
  EXPECT_EQ(l["Pleural effusion"], FindingLabel::kNotMentioned);
  // Whole-word terms: "portal" is not a port catheter, a thyroid nodule is not a lung nodule.
  auto m = labels_of("The portal vein is patent. A thyroid nodule of 8 mm.");
  EXPECT_EQ(m["Medical material"], FindingLabel::kNotMentioned);
  EXPECT_EQ(m["Lung nodule"], FindingLabel::kNotMentioned);
}

TEST(RuleBasedLabeler, AffirmationWinsOverDenialAcrossSentences) {
  auto l = labels_of("No nodule in the left lung. A 6 mm nodule in the right lower lobe.");
  EXPECT_EQ(l["Lung nodule"], FindingLabel::kPositive);
}

}  // namespace
}  // namespace ctlite::core
