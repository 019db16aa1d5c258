// Parity of the CT-ViT port with the original CT-CLIP code: every stored intermediate of the
// golden tiny model (ctvit-architecture.md §12), from each weight format, through each
// evaluation path (straightforward, in-place inference, autograd/training).

#include <gtest/gtest.h>

#include <string>

#include "ai/io/safetensors.h"
#include "ai/models/ctvit/ctvit.h"
#include "ai/models/ctvit/ctvit_weights.h"
#include "core/common/errors.h"

namespace ctlite::ai {
namespace {

const std::string kGolden = std::string(CTLITE_SHARED_DIR) + "/reference/golden/";
constexpr double kTolerance = 1e-5;

const StateDict& golden_io() {
  static const StateDict io = read_safetensors(kGolden + "tiny_ctvit_io.safetensors").tensors;
  return io;
}

CtVitConfig tiny_config() { return CtVitConfig::from_file(kGolden + "tiny_ctvit.json"); }

// The golden input on the model's device.
torch::Tensor golden_video(CtVit& model) {
  return golden_io().at("video").to(model->parameters().front().device());
}

CtVit load_model(const std::string& weights_file) {
  CtVit model(tiny_config());
  load_ctvit_weights(*model, kGolden + weights_file);
  model->eval();
  return model;
}

// max|actual − expected| / max|expected|: relative to the tensor's scale, so entries near zero
// do not dominate.
void expect_close(const torch::Tensor& actual, const std::string& key, const std::string& context) {
  const torch::Tensor& expected = golden_io().at(key);
  ASSERT_TRUE(actual.defined()) << context << ": " << key << " not produced";
  ASSERT_EQ(actual.sizes(), expected.sizes()) << context << ": " << key;
  const torch::Tensor a = actual.detach().to(torch::kCPU, torch::kFloat64);
  const torch::Tensor e = expected.to(torch::kFloat64);
  const double scale = e.abs().max().item<double>();
  const double error = (a - e).abs().max().item<double>() / (scale > 0 ? scale : 1.0);
  EXPECT_LE(error, kTolerance) << context << ": " << key;
}

void expect_common_outputs(const CtVitOutputs& out, const std::string& context) {
  const auto& io = golden_io();
  EXPECT_TRUE(torch::equal(out.codebook_indices.cpu(), io.at("vq_indices").to(torch::kInt64)))
      << context << ": vq_indices differ";
  expect_close(out.encoded.reshape({2, 48, 64}), "vq_in", context);
  expect_close(out.tokens.reshape({2, 48, 64}), "vq_out", context);
  expect_close(out.tokens, "tokens", context);
  expect_close(out.tokens.mean(1), "pooled", context);
  expect_close(out.pooled_flat, "pooled_flat", context);
}

void expect_stage(const StageTrace& trace, const std::string& stage, bool branches,
                  const std::string& context) {
  ASSERT_EQ(trace.residuals.size(), 2u);
  ASSERT_EQ(trace.attention.size(), 2u);
  for (int layer = 0; layer < 2; ++layer) {
    const std::string l = std::to_string(layer);
    expect_close(trace.residuals[layer], stage + "_resid_l" + l, context);
    expect_close(trace.attention[layer], stage + "_attn_l" + l, context);
  }
  expect_close(trace.final_residual, stage + "_resid_final", context);
  expect_close(trace.output, stage + "_out", context);
  if (!branches) return;
  expect_close(trace.peg_outputs.at(0), stage + "_peg_out_l0", context);
  expect_close(trace.attention_outputs.at(0), stage + "_attn_out_l0", context);
  expect_close(trace.feed_forward_outputs.at(0), stage + "_ff_out_l0", context);
}

void expect_full_trace(CtVit& model, bool branches, const std::string& context) {
  CtVitForwardOptions options;
  options.attention = options.hidden_states = true;
  options.branch_outputs = branches;
  const CtVitOutputs out = model->forward(golden_video(model), options);
  expect_close(out.patch_embeddings, "patch_emb", context);
  expect_close(out.spatial_bias, "spatial_attn_bias", context);
  expect_stage(out.spatial, "spatial", branches, context);
  expect_stage(out.temporal, "temporal", branches, context);
  expect_common_outputs(out, context);
}

class CtVitGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(CtVitGolden, EveryIntermediateMatchesStraightforwardPath) {
  CtVit model = load_model(GetParam());
  torch::InferenceMode inference;
  expect_full_trace(model, /*branches=*/true, GetParam() + " straightforward");
}

TEST_P(CtVitGolden, EveryIntermediateMatchesInPlaceInferencePath) {
  CtVit model = load_model(GetParam());
  torch::InferenceMode inference;
  expect_full_trace(model, /*branches=*/false, GetParam() + " in-place");
  // And without any optional output.
  expect_common_outputs(model->forward(golden_video(model)), GetParam() + " plain");
}

INSTANTIATE_TEST_SUITE_P(WeightFormats, CtVitGolden,
                         ::testing::Values("tiny_ctvit.safetensors", "tiny_ctvit.pt",
                                           "tiny_ctvit_ctclip.pt"));

// Runs only where LibTorch has CUDA; TF32 is off so the matmuls stay full FP32 (§12).
TEST(CtVitCuda, GoldenParityOnGpuForEveryPath) {
  if (!torch::cuda::is_available()) GTEST_SKIP() << "no CUDA device";
  at::globalContext().setAllowTF32CuBLAS(false);
  at::globalContext().setAllowTF32CuDNN(false);
  CtVit model = load_model("tiny_ctvit_ctclip.pt");
  model->to(torch::kCUDA);
  {
    torch::InferenceMode inference;
    expect_full_trace(model, /*branches=*/true, "cuda straightforward");
    expect_full_trace(model, /*branches=*/false, "cuda in-place");
  }
  model->train();
  const CtVitOutputs out = model->forward(golden_video(model));
  EXPECT_TRUE(out.tokens.is_cuda());
  expect_common_outputs(out, "cuda training");
  out.pooled_flat.sum().backward();
  EXPECT_TRUE(model->to_patch_emb->projection->weight.grad().is_cuda());
}

TEST(CtVitTraining, AutogradPathMatchesAndGradientsReachEveryUsedWeight) {
  CtVit model = load_model("tiny_ctvit.safetensors");
  model->train();
  const CtVitOutputs out = model->forward(golden_video(model));
  ASSERT_TRUE(out.pooled_flat.requires_grad());
  expect_common_outputs(out, "training");

  // Straight-through VQ: the gradient reaches the encoder through the quantised tokens.
  (out.pooled_flat * torch::linspace(-1, 1, out.pooled_flat.size(1))).sum().backward();
  for (const auto& item : model->named_parameters()) {
    if (item.value().numel() == 0) continue;  // null_kv
    ASSERT_TRUE(item.value().grad().defined()) << item.key();
    EXPECT_TRUE(torch::isfinite(item.value().grad()).all().item<bool>()) << item.key();
    EXPECT_GT(item.value().grad().abs().sum().item<double>(), 0.0) << item.key();
  }
}

TEST(CtVitWeights, ReportsLoadedAndIgnoredKeys) {
  CtVit model(tiny_config());
  const auto report = load_ctvit_weights(*model, kGolden + "tiny_ctvit.safetensors");
  EXPECT_EQ(report.loaded, 73u);
  EXPECT_EQ(report.ignored_unused, 20u);
  EXPECT_EQ(report.ignored_other, 0u);
  EXPECT_FALSE(report.ctclip_checkpoint);
  const auto ctclip = load_ctvit_weights(*model, kGolden + "tiny_ctvit_ctclip.pt");
  EXPECT_TRUE(ctclip.ctclip_checkpoint);
  EXPECT_EQ(ctclip.loaded, 73u);
  EXPECT_EQ(ctclip.ignored_other, 5u);  // temperature, to_{text,visual}_latent{,_extra}
}

TEST(CtVitWeights, StrictKeyChecksNameTheKey) {
  const StateDict good = read_safetensors(kGolden + "tiny_ctvit.safetensors").tensors;
  const auto error_of = [](const StateDict& weights) -> std::string {
    CtVit model(tiny_config());
    try {
      load_ctvit_weights(*model, weights, "w.safetensors");
    } catch (const core::InputError& e) {
      EXPECT_EQ(e.path(), "w.safetensors");
      return e.what();
    }
    return "no error";
  };
  StateDict missing, unexpected, reshaped, uninitialised;
  for (const auto& entry : good) {
    if (entry.name != "enc_temporal_transformer.layers.1.1.k_scale")
      missing.insert(entry.name, entry.tensor);
    unexpected.insert(entry.name, entry.tensor);
    reshaped.insert(entry.name,
                    entry.name == "to_patch_emb.2.weight" ? entry.tensor.t() : entry.tensor);
    uninitialised.insert(entry.name, entry.name == "vq._codebook.initted"
                                         ? torch::zeros_like(entry.tensor)
                                         : entry.tensor);
  }
  unexpected.insert("enc_spatial_transformer.layers.0.1.surprise", torch::zeros({1}));
  EXPECT_NE(
      error_of(missing).find("missing CT-ViT weight 'enc_temporal_transformer.layers.1.1.k_scale'"),
      std::string::npos);
  EXPECT_NE(error_of(unexpected)
                .find("unexpected CT-ViT weight 'enc_spatial_transformer.layers.0.1.surprise'"),
            std::string::npos);
  EXPECT_NE(
      error_of(reshaped).find("'to_patch_emb.2.weight' has shape [4000, 64], expected [64, 4000]"),
      std::string::npos);
  EXPECT_NE(error_of(uninitialised).find("initted"), std::string::npos);
}

TEST(CtVitInput, WrongShapesAreRejectedWithTheShape) {
  CtVit model(tiny_config());
  torch::InferenceMode inference;
  EXPECT_THROW(model->forward(torch::zeros({1, 1, 25, 80, 80})), std::invalid_argument);  // 25 % 10
  EXPECT_THROW(model->forward(torch::zeros({1, 1, 30, 80, 64})), std::invalid_argument);
  EXPECT_THROW(model->forward(torch::zeros({1, 2, 30, 80, 80})), std::invalid_argument);
  EXPECT_THROW(model->forward(torch::zeros({1, 30, 80, 80})), std::invalid_argument);
  try {
    model->forward(torch::zeros({1, 1, 25, 80, 80}));
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("[1, 1, 25, 80, 80]"), std::string::npos);
  }
}

}  // namespace
}  // namespace ctlite::ai
