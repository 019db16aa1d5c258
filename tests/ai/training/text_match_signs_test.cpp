// Which texts of a SigLIP batch match which volumes once zero-shot prompts stand in for reports.

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "ai/training/stages/text_match_signs.h"

namespace ctlite::ai {
namespace {

TEST(TextMatchSigns, ReportsMatchOnlyTheirOwnVolumeOrAnIdenticalText) {
  const auto signs = text_match_signs({"effusion.", "nodule.", "effusion."}, std::vector<PromptChoice>(3), {});
  const auto expected = torch::tensor({{1.0f, -1.0f, 1.0f}, {-1.0f, 1.0f, -1.0f}, {1.0f, -1.0f, 1.0f}});
  EXPECT_TRUE(torch::equal(signs, expected));
}

TEST(TextMatchSigns, PromptsMatchEveryVolumeWhoseLabelAgrees) {
  // Findings: 0 = effusion, 1 = nodule. Volume 0: effusion; volume 1: neither; volume 2: nodule.
  const auto labels = torch::tensor({{1.0f, 0.0f}, {0.0f, 0.0f}, {0.0f, 1.0f}});
  const std::vector<std::string> texts = {"report 0", "effusion is not present.", "nodule is present."};
  const std::vector<PromptChoice> prompts = {{}, {0, false}, {1, true}};
  const auto signs = text_match_signs(texts, prompts, labels);
  // Row = volume, column = text: "effusion is not present." is true of volumes 1 and 2.
  const auto expected = torch::tensor({{1.0f, -1.0f, -1.0f}, {-1.0f, 1.0f, -1.0f}, {-1.0f, 1.0f, 1.0f}});
  EXPECT_TRUE(torch::equal(signs, expected)) << signs;
}

TEST(TextMatchSigns, RejectsPromptsWithoutLabels) {
  EXPECT_THROW(text_match_signs({"a", "b"}, {{0, true}, {}}, {}), std::invalid_argument);
  EXPECT_THROW(text_match_signs({"a", "b"}, {{5, true}, {}}, torch::zeros({2, 2})), std::invalid_argument);
  EXPECT_THROW(text_match_signs({"a", "b"}, {{}}, {}), std::invalid_argument);
}

}  // namespace
}  // namespace ctlite::ai
