// TextLabelTask (the `text` stage): a from-scratch BERT learns to spread reports by their labels
// and each finding's prompt pair apart, so the teacher's SigLIP starts from distinct text latents.

#include <gtest/gtest.h>
#include <torch/torch.h>

#include "ai/scoring/zero_shot_prompts.h"
#include "ai/training/stages/contrastive_model.h"
#include "ai/training/stages/text_label_task.h"
#include "ai/training/training_vocabulary.h"

namespace ctlite::ai {
namespace {

const std::vector<std::string> kFindings = {"Cardiomegaly", "Emphysema", "Atelectasis"};
const std::vector<std::string> kReports = {
    "The heart is enlarged. Emphysema in both upper lobes.",
    "No acute findings. The lungs are clear.",
    "Atelectasis at the left base. The heart is enlarged.",
    "Emphysema in both upper lobes. Atelectasis at the left base."};
const std::vector<std::vector<float>> kLabels = {{1, 1, 0}, {0, 0, 0}, {1, 0, 1}, {0, 1, 1}};

Batch report_batch() {
  Batch batch;
  batch.texts = kReports;
  for (std::size_t i = 0; i < kReports.size(); ++i) batch.ids.push_back("case" + std::to_string(i));
  batch.labels = torch::stack({torch::tensor(kLabels[0]), torch::tensor(kLabels[1]),
                               torch::tensor(kLabels[2]), torch::tensor(kLabels[3])});
  return batch;
}

std::shared_ptr<TextLabelTask> make_task(std::uint64_t seed) {
  torch::manual_seed(seed);
  std::vector<std::string> corpus = kReports;
  for (const auto& p : zero_shot_prompts(kFindings)) corpus.push_back(p);
  TextTowerConfig config;
  config.bert.hidden_size = 16;
  config.bert.num_hidden_layers = 1;
  config.bert.num_attention_heads = 2;
  config.bert.intermediate_size = 32;
  config.bert.max_position_embeddings = 32;
  config.max_length = 24;
  TextLabelTaskOptions options;
  options.findings = kFindings;
  return std::make_shared<TextLabelTask>(make_text_tower(config, build_training_vocabulary(corpus)), 8,
                                         options);
}

void train(TextLabelTask& task, int steps) {
  std::vector<torch::Tensor> parameters;
  for (const auto& p : task.trainable_parameters()) parameters.push_back(p.tensor);
  torch::optim::Adam adam(parameters, torch::optim::AdamOptions(3e-3));
  const Batch batch = report_batch();
  for (int i = 0; i < steps; ++i) {
    adam.zero_grad();
    task.compute_loss(batch).total.backward();
    adam.step();
  }
}

TEST(TextLabelTask, LearnsTheReportLabelsAndEveryPromptPair) {
  auto task = make_task(1);
  const Batch batch = report_batch();
  const LossReport before = task->compute_loss(batch);
  train(*task, 150);
  const LossReport after = task->compute_loss(batch);
  EXPECT_LT(after.terms.at("report_bce"), 0.2 * before.terms.at("report_bce"));
  EXPECT_LT(after.terms.at("prompt_bce"), 0.2 * before.terms.at("prompt_bce"));

  const torch::Tensor reports = task->label_logits(kReports);
  for (std::size_t i = 0; i < kReports.size(); ++i)
    for (std::size_t f = 0; f < kFindings.size(); ++f)
      EXPECT_EQ(reports[i][f].item<float>() > 0, kLabels[i][f] > 0.5f) << kReports[i] << " / " << kFindings[f];
  // The pair differs by one word; after training each prompt speaks for its finding.
  const torch::Tensor prompts = task->label_logits(zero_shot_prompts(kFindings));
  for (std::size_t f = 0; f < kFindings.size(); ++f) {
    const auto row = static_cast<std::int64_t>(2 * f);
    EXPECT_GT(prompts[row][static_cast<std::int64_t>(f)].item<float>(), 0) << present_prompt(kFindings[f]);
    EXPECT_LT(prompts[row + 1][static_cast<std::int64_t>(f)].item<float>(), 0) << absent_prompt(kFindings[f]);
  }
}

TEST(TextLabelTask, StateDictCarriesTheTowerProjectionAndClassifier) {
  auto trained = make_task(2);
  train(*trained, 5);
  auto fresh = make_task(3);
  fresh->load_state_dict(trained->state_dict());
  EXPECT_TRUE(torch::allclose(fresh->label_logits(kReports), trained->label_logits(kReports)));
  const StateDict weights = trained->state_dict();
  EXPECT_TRUE(weights.contains("text_projection.weight"));
  EXPECT_TRUE(weights.contains("text.embeddings.word_embeddings.weight"));
  EXPECT_TRUE(weights.contains("label_head.bias"));
}

TEST(TextLabelTask, RefusesReportsWithoutTheirLabels) {
  auto task = make_task(4);
  Batch batch = report_batch();
  batch.labels = torch::zeros({4, 2});
  EXPECT_THROW(task->compute_loss(batch), std::invalid_argument);
  batch.labels = torch::Tensor();
  EXPECT_THROW(task->compute_loss(batch), std::invalid_argument);
}

}  // namespace
}  // namespace ctlite::ai
