#include "ai/losses/fast_loss.h"

#include <gtest/gtest.h>

namespace ctlite::ai {
namespace {

torch::Tensor rows(std::initializer_list<std::initializer_list<float>> values) {
  std::vector<torch::Tensor> r;
  for (const auto& row : values) r.push_back(torch::tensor(std::vector<float>(row)));
  return torch::stack(r);
}

// A random encoder trace: `layers` layers of (N, heads, L, L) attention and (N, L, d) states.
FastEncoderTrace random_trace(int layers, int64_t n, int64_t heads, int64_t length, int64_t d,
                              bool requires_grad) {
  FastEncoderTrace trace;
  for (int i = 0; i < layers; ++i) {
    auto attention = torch::softmax(torch::randn({n, heads, length, length}), -1);
    auto hidden = torch::randn({n, length, d});
    trace.layers.push_back(
        {attention.requires_grad_(requires_grad), hidden.requires_grad_(requires_grad)});
  }
  trace.output = torch::randn({n, 2, 2, d}).requires_grad_(requires_grad);
  return trace;
}

TEST(FastLoss, AttentionKnownValues) {
  // Each query moves its mass to the other key: the maps differ everywhere (MSE 1) but both
  // Gram matrices are the identity, which is exactly the key-permutation invariance we want.
  auto eye = rows({{1, 0}, {0, 1}}).view({1, 1, 2, 2});
  auto swap = rows({{0, 1}, {1, 0}}).view({1, 1, 2, 2});
  EXPECT_FLOAT_EQ(attention_gram_loss({eye}, {swap}, AttentionMatch::kMaps).item<float>(), 1.0f);
  EXPECT_FLOAT_EQ(attention_gram_loss({eye}, {swap}, AttentionMatch::kGram).item<float>(), 0.0f);
  // Both queries on key 0 vs identity: G_s = all ones, G_t = I -> two off-diagonal errors of 1.
  auto both_first = rows({{1, 0}, {1, 0}}).view({1, 1, 2, 2});
  EXPECT_FLOAT_EQ(attention_gram_loss({both_first}, {eye}).item<float>(), 0.5f);
  // Uniform vs identity: G = 0.5 everywhere vs I: errors 0.5 -> MSE 0.25.
  auto uniform = torch::full({1, 1, 2, 2}, 0.5f);
  EXPECT_FLOAT_EQ(attention_gram_loss({uniform}, {eye}).item<float>(), 0.25f);
  // Mean over layers.
  EXPECT_FLOAT_EQ(attention_gram_loss({both_first, uniform}, {eye, eye}).item<float>(), 0.375f);
}

TEST(FastLoss, FeatureTermsKnownValues) {
  // With scale ln 3, cosine 1 vs 0 gives softmax weights 3/4 and 1/4.
  const double scale = std::log(3.0);
  auto student = rows({{1, 0}, {1, 0}}).unsqueeze(0);  // both tokens point the same way
  auto teacher = rows({{1, 0}, {0, 2}}).unsqueeze(0);  // orthogonal tokens
  // R_s = 0.5 everywhere, R_t = [[.75,.25],[.25,.75]] -> every entry off by 0.25.
  EXPECT_NEAR(feature_self_attention_loss({student}, {teacher}, scale).item<double>(), 0.0625,
              1e-6);
  // Student rows read [.75,.25]·H_t = [.75,.5]; teacher rows read [.75,.5] and [.25,1.5].
  // Row 1 differs by (0.5, -1): (0.25 + 1) / 4 elements = 0.3125.
  EXPECT_NEAR(feature_cross_attention_loss({student}, {teacher}, scale).item<double>(), 0.3125,
              1e-6);
  EXPECT_NEAR(hidden_state_loss({student}, {teacher}).item<double>(), (1.0 + 4.0) / 4.0, 1e-6);
  EXPECT_NEAR(representation_loss(student, teacher).item<double>(), 1.25, 1e-6);
}

TEST(FastLoss, ZeroWhenStudentEqualsTeacher) {
  torch::manual_seed(1);
  auto teacher = random_trace(3, 2, 4, 5, 6, false);
  FastEncoderTrace student;
  for (const auto& layer : teacher.layers)
    student.layers.push_back({layer.attention.clone().requires_grad_(true),
                              layer.hidden.clone().requires_grad_(true)});
  student.output = teacher.output.clone().requires_grad_(true);
  FastLossOptions options;
  options.weights.hidden = 1.0;
  auto terms = fast_loss_terms(student, teacher, options);
  for (const auto* term : {&terms.attention, &terms.feature_self, &terms.feature_cross,
                           &terms.hidden, &terms.output})
    EXPECT_NEAR(term->item<double>(), 0.0, 1e-12);
  // At the minimum the gradient vanishes too.
  auto total = terms.attention + terms.feature_self + terms.feature_cross + terms.hidden +
               terms.output;
  total.backward();
  for (const auto& layer : student.layers) {
    EXPECT_LT(layer.attention.grad().abs().max().item<double>(), 1e-7);
    EXPECT_LT(layer.hidden.grad().abs().max().item<double>(), 1e-7);
  }
}

TEST(FastLoss, GradientsReachEveryStudentLayerAndNeverTheTeacher) {
  torch::manual_seed(2);
  // Leaves behind the softmax so the gradient of the attention term is checked end to end.
  std::vector<torch::Tensor> logits, hidden;
  FastEncoderTrace student;
  for (int i = 0; i < 4; ++i) {
    logits.push_back(torch::randn({3, 2, 4, 4}, torch::requires_grad()));
    hidden.push_back(torch::randn({3, 4, 8}, torch::requires_grad()));
    student.layers.push_back({torch::softmax(logits.back(), -1), hidden.back()});
  }
  student.output = torch::randn({3, 8}, torch::requires_grad());
  auto teacher = random_trace(4, 3, 2, 4, 8, true);  // requires_grad: must be detached inside
  teacher.output = torch::randn({3, 8}, torch::requires_grad());

  FastLossBalancer balancer;
  auto loss = balancer.combine(fast_loss_terms(student, teacher, {}));
  loss.backward();
  for (int i = 0; i < 4; ++i) {
    EXPECT_GT(logits[i].grad().abs().sum().item<double>(), 0.0) << "layer " << i;
    EXPECT_GT(hidden[i].grad().abs().sum().item<double>(), 0.0) << "layer " << i;
  }
  EXPECT_GT(student.output.grad().abs().sum().item<double>(), 0.0);
  for (const auto& layer : teacher.layers) {
    EXPECT_FALSE(layer.attention.grad().defined());
    EXPECT_FALSE(layer.hidden.grad().defined());
  }
  EXPECT_FALSE(teacher.output.grad().defined());
}

TEST(FastLoss, AttentionGradientMatchesFiniteDifferences) {
  torch::manual_seed(3);
  auto options = torch::TensorOptions().dtype(torch::kFloat64);
  auto student_logits = torch::randn({2, 2, 3, 3}, options).requires_grad_(true);
  auto teacher = torch::softmax(torch::randn({2, 2, 3, 3}, options), -1);
  auto hidden_s = torch::randn({2, 3, 4}, options).requires_grad_(true);
  auto hidden_t = torch::randn({2, 3, 4}, options);
  auto f = [&](const torch::Tensor& logits, const torch::Tensor& hs) {
    return attention_gram_loss({torch::softmax(logits, -1)}, {teacher}) +
           feature_self_attention_loss({hs}, {hidden_t}) +
           feature_cross_attention_loss({hs}, {hidden_t});
  };
  f(student_logits, hidden_s).backward();
  const double eps = 1e-6;
  auto check = [&](const torch::Tensor& param, bool is_logits) {
    auto flat = param.detach().clone().view(-1);
    auto grad = param.grad().view(-1);
    for (int64_t i = 0; i < flat.numel(); i += 5) {
      auto plus = flat.clone(), minus = flat.clone();
      plus[i] += eps;
      minus[i] -= eps;
      auto p = plus.view(param.sizes()), m = minus.view(param.sizes());
      double numeric = ((is_logits ? f(p, hidden_s.detach()) : f(student_logits.detach(), p)) -
                        (is_logits ? f(m, hidden_s.detach()) : f(student_logits.detach(), m)))
                           .item<double>() /
                       (2 * eps);
      EXPECT_NEAR(grad[i].item<double>(), numeric, 1e-6) << "element " << i;
    }
  };
  check(student_logits, true);
  check(hidden_s, false);
}

TEST(FastLoss, BalancerGivesOneOneFourAtInitAndKeepsItsScales) {
  torch::manual_seed(4);
  auto student = random_trace(2, 2, 2, 4, 4, true);
  auto teacher = random_trace(2, 2, 2, 4, 4, false);
  FastLossBalancer balancer(FastLossWeights::fast());
  auto terms = fast_loss_terms(student, teacher, {});
  EXPECT_NEAR(balancer.combine(terms).item<double>(), 6.0, 1e-5);  // 1 + (0.5 + 0.5) + 4
  const double attention_scale = 1.0 / terms.attention.item<double>();

  // Restored from JSON, the scales stay those of the first batch.
  FastLossBalancer restored;
  restored.from_json(nlohmann::json::parse(balancer.to_json().dump()));
  auto later = fast_loss_terms(random_trace(2, 2, 2, 4, 4, false), teacher, {});
  const double expected = later.attention.item<double>() * attention_scale +
                          later.feature_self.item<double>() * 0.5 / terms.feature_self.item<double>() +
                          later.feature_cross.item<double>() * 0.5 / terms.feature_cross.item<double>() +
                          later.output.item<double>() * 4.0 / terms.output.item<double>();
  EXPECT_NEAR(restored.combine(later).item<double>(), expected, 1e-4 * expected);
  EXPECT_NEAR(balancer.combine(later).item<double>(), expected, 1e-4 * expected);
}

TEST(FastLoss, AblationPresetsComputeOnlyTheirTerms) {
  auto student = random_trace(1, 1, 2, 3, 4, true);
  auto teacher = random_trace(1, 1, 2, 3, 4, false);
  FastLossOptions naive;
  naive.weights = FastLossWeights::naive_kd();
  auto terms = fast_loss_terms(student, teacher, naive);
  EXPECT_FALSE(terms.attention.defined());
  EXPECT_FALSE(terms.feature_cross.defined());
  EXPECT_TRUE(terms.output.defined());
  FastLossOptions feature;
  feature.weights = FastLossWeights::feature_kd();
  EXPECT_TRUE(fast_loss_terms(student, teacher, feature).hidden.defined());
}

TEST(FastLoss, MismatchedLayersAreClearErrors) {
  auto student = random_trace(2, 1, 2, 3, 4, false);
  auto teacher = random_trace(3, 1, 2, 3, 4, false);
  EXPECT_THROW(fast_loss_terms(student, teacher, {}), std::invalid_argument);
  auto other_length = random_trace(2, 1, 2, 5, 4, false);
  try {
    fast_loss_terms(student, other_length, {});
    FAIL() << "expected a shape error";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("layer 0"), std::string::npos) << e.what();
  }
  // Different head counts are allowed: maps are compared head-averaged.
  auto more_heads = random_trace(2, 1, 4, 3, 4, false);
  EXPECT_NO_THROW(attention_gram_loss({student.layers[0].attention},
                                      {more_heads.layers[0].attention}));
}

}  // namespace
}  // namespace ctlite::ai
