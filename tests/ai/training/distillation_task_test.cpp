#include "ai/training/stages/distillation_task.h"

#include <gtest/gtest.h>

#include "tests/ai/training/tiny_towers.h"

namespace ctlite::ai {
namespace {

// Teacher input: a smooth random volume; student input: the same volume quantised to 16 gray
// levels plus noise (a stand-in for the JPEG lung-window path).
Batch volume_batch(std::int64_t seed) {
  torch::manual_seed(static_cast<std::uint64_t>(seed));
  auto volume = torch::tanh(torch::randn({2, 1, 4, 8, 8}));
  Batch batch;
  batch.ids = {"a", "b"};
  batch.tensors["volume"] = volume;
  batch.tensors["compressed"] = torch::round(volume * 8) / 8 + 0.02 * torch::randn_like(volume);
  return batch;
}

std::shared_ptr<testing::TinyVolumeEncoder> tiny(std::uint64_t seed) {
  torch::manual_seed(seed);
  return std::make_shared<testing::TinyVolumeEncoder>(8, 2, std::array<std::int64_t, 3>{2, 4, 4});
}

TEST(DistillationTask, FastLossFallsAndOnlyTheStudentLearns) {
  auto teacher = tiny(1);
  const auto teacher_before = teacher->state_dict();
  DistillationTask task(teacher, tiny(2), {});
  auto parameters = task.trainable_parameters();
  ASSERT_FALSE(parameters.empty());
  for (const auto& p : parameters) EXPECT_EQ(p.name.rfind("student.", 0), 0u) << p.name;
  std::vector<torch::Tensor> tensors;
  for (const auto& p : parameters) tensors.push_back(p.tensor);
  torch::optim::Adam adam(tensors, 3e-3);

  double first = 0, last = 0;
  for (int step = 0; step < 80; ++step) {
    adam.zero_grad();
    auto report = task.compute_loss(volume_batch(step % 4));
    report.total.backward();
    adam.step();
    if (step == 0) {
      first = report.total.item<double>();
      // Balanced to 1 : (0.5 + 0.5) : 4 on the first batch.
      EXPECT_NEAR(first, 6.0, 1e-4);
      EXPECT_NEAR(report.terms.at("attention"), 1.0, 1e-5);
      EXPECT_NEAR(report.terms.at("output"), 4.0, 1e-5);
    }
    last = report.total.item<double>();
  }
  EXPECT_LT(last, 0.5 * first);
  for (const auto& e : teacher->state_dict())
    EXPECT_TRUE(torch::equal(e.tensor, teacher_before.at(e.name))) << e.name;
}

TEST(DistillationTask, AblationsAndResumeState) {
  DistillationTaskOptions naive;
  naive.loss.weights = FastLossWeights::naive_kd();
  DistillationTask task(tiny(1), tiny(2), naive);
  auto report = task.compute_loss(volume_batch(0));
  EXPECT_EQ(report.terms.size(), 2u);
  EXPECT_TRUE(report.terms.count("output"));
  EXPECT_TRUE(report.terms.count("output_mse"));

  // Without the output term the raw final-token MSE is still logged (the ablation curves).
  DistillationTaskOptions no_output;
  no_output.loss.weights.output = 0;
  DistillationTask without(tiny(1), tiny(2), no_output);
  const auto unweighted = without.compute_loss(volume_batch(0));
  EXPECT_FALSE(unweighted.terms.count("output"));
  EXPECT_GT(unweighted.terms.at("output_mse"), 0.0);
  EXPECT_NEAR(unweighted.terms.at("output_mse"), report.terms.at("output_mse"), 1e-6);

  // The balancer scales and the teacher identity travel with the checkpoint.
  const auto extra = task.extra_state();
  DistillationTask same(tiny(1), tiny(3), naive);
  EXPECT_NO_THROW(same.load_extra_state(extra));
  DistillationTask other_teacher(tiny(4), tiny(3), naive);
  EXPECT_THROW(other_teacher.load_extra_state(extra), std::invalid_argument);
  same.load_state_dict(task.state_dict());
  EXPECT_NEAR(same.compute_loss(volume_batch(0)).total.item<double>(), report.total.item<double>(), 1e-6);
}

}  // namespace
}  // namespace ctlite::ai
