// CtLiteModel: bundle round trip, zero-shot calls with the bundle's thresholds, evidence maps,
// and clear errors for bundles whose weights do not fit the manifest.

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>

#include "ai/models/ctlite/ctlite_model.h"
#include "ai/models/ctvit/ctvit.h"
#include "core/common/errors.h"
#include "tests/ai/models/tiny_ctlite_bundle.h"

namespace ctlite::ai {
namespace {

namespace fs = std::filesystem;
using testing::tiny_ctlite_manifest;
using testing::tiny_vocabulary;

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::path(CTLITE_BINARY_DIR) / "ctlite_model_test" / name;
  fs::remove_all(dir);
  fs::create_directories(dir.parent_path());
  return dir;
}

CtLiteModel untrained(const BundleManifest& manifest = tiny_ctlite_manifest()) {
  torch::manual_seed(11);
  return CtLiteModel::untrained(manifest, BertTokenizer(tiny_vocabulary()), torch::kCPU);
}

std::string write_bundle(const std::string& name, const StateDict& weights,
                         const BundleManifest& manifest = tiny_ctlite_manifest()) {
  const fs::path dir = fresh_dir(name);
  write_model_bundle(dir.string(), manifest, weights, tiny_vocabulary());
  return dir.string();
}

TEST(CtLiteModel, BundleRoundTripReproducesTheModel) {
  CtLiteModel original = untrained();
  const std::string dir = write_bundle("round_trip", original.weights());
  CtLiteModel loaded(read_model_bundle(dir), torch::kCPU);
  torch::InferenceMode inference;
  const torch::Tensor video = loaded.prepare_input(torch::rand({60, 50, 50}) * 2 - 1);
  EXPECT_EQ(video.sizes().vec(), (std::vector<int64_t>{1, 1, 20, 40, 40}));
  const VisualEncoding a = original.encode_volume(video), b = loaded.encode_volume(video);
  EXPECT_TRUE(torch::allclose(a.latent, b.latent, 1e-6, 1e-6));
  EXPECT_EQ(b.tokens.sizes().vec(), (std::vector<int64_t>{1, 2, 2, 2, 32}));
  EXPECT_NEAR(b.latent.norm().item<double>(), 1.0, 1e-5);
  EXPECT_TRUE(torch::allclose(original.encode_texts({"lung nodule is present."}),
                              loaded.encode_texts({"lung nodule is present."}), 1e-6, 1e-6));
}

TEST(CtLiteModel, BundleWithoutQuantiserKeepsTheEncoderOutput) {
  BundleManifest manifest = tiny_ctlite_manifest();
  nlohmann::json config = manifest.ctvit.to_json();
  config["codebook_size"] = 0;
  manifest.ctvit = CtVitConfig::from_json(config);
  CtLiteModel original = untrained(manifest);
  for (const auto& entry : original.weights()) EXPECT_NE(entry.name.find("vq."), 0u) << entry.name;
  const std::string dir = write_bundle("no_quantiser", original.weights(), manifest);
  CtLiteModel loaded(read_model_bundle(dir), torch::kCPU);
  EXPECT_EQ(loaded.manifest().ctvit.codebook_size, 0);
  torch::InferenceMode inference;
  const torch::Tensor video = loaded.prepare_input(torch::rand({20, 40, 40}));
  const VisualEncoding a = original.encode_volume(video), b = loaded.encode_volume(video);
  EXPECT_TRUE(torch::allclose(a.latent, b.latent, 1e-6, 1e-6));

  CtVit encoder(manifest.ctvit);
  const CtVitOutputs out = encoder->forward(video);
  EXPECT_TRUE(torch::equal(out.tokens, out.encoded));
  EXPECT_FALSE(out.codebook_indices.defined());
}

TEST(CtLiteModel, CallsEveryFindingWithTheBundleThresholds) {
  BundleManifest manifest = tiny_ctlite_manifest();
  manifest.thresholds[2].threshold = -1.0;  // Cardiomegaly: always present
  manifest.thresholds[9].threshold = 2.0;   // Lung nodule: never
  CtLiteModel model = untrained(manifest);
  torch::InferenceMode inference;
  const VisualEncoding encoding = model.encode_volume(model.prepare_input(torch::rand({20, 40, 40})));
  const std::vector<FindingCall> calls = model.call_findings(encoding);
  ASSERT_EQ(calls.size(), 18u);
  EXPECT_EQ(calls[0].name, "Medical material");
  EXPECT_EQ(calls[17].name, "Interlobular septal thickening");
  for (const FindingCall& call : calls) {
    EXPECT_GE(call.score, 0.0);
    EXPECT_LE(call.score, 1.0);
    EXPECT_EQ(call.present, call.score >= call.threshold);
    EXPECT_LT(call.evidence.t, 2);
    EXPECT_LT(call.evidence.h, 2);
    EXPECT_LT(call.evidence.w, 2);
  }
  EXPECT_TRUE(calls[2].present);
  EXPECT_FALSE(calls[9].present);
}

TEST(CtLiteModel, EvidenceSharesSumToTheUnnormalisedSimilarity) {
  CtLiteModel model = untrained();
  torch::InferenceMode inference;
  const VisualEncoding encoding = model.encode_volume(model.prepare_input(torch::rand({20, 40, 40})));
  const torch::Tensor maps = model.evidence_maps(encoding);  // (1, 18, t, h, w)
  ASSERT_EQ(maps.sizes().vec(), (std::vector<int64_t>{1, 18, 2, 2, 2}));
  // Σ shares = ⟨y, d_f⟩ with y = ‖y‖·latent: the ratio to ⟨latent, d_f⟩ is ‖y‖ for every finding.
  const torch::Tensor prompts = model.encode_texts(zero_shot_prompts(ct_rate_finding_names())).view({18, 2, -1});
  const torch::Tensor directions = prompts.select(1, 0) - prompts.select(1, 1);
  const torch::Tensor normalized = torch::mv(directions, encoding.latent[0]);
  const torch::Tensor ratio = maps[0].sum({1, 2, 3}) / normalized;
  EXPECT_GT(ratio.min().item<double>(), 0.0);
  EXPECT_TRUE(torch::allclose(ratio, ratio.mean().expand_as(ratio), 1e-3, 1e-5)) << ratio;
}

TEST(CtLiteModel, ThresholdlessBundleScoresButDoesNotCall) {
  BundleManifest manifest = tiny_ctlite_manifest();
  manifest.thresholds.pop_back();
  CtLiteModel model = untrained(manifest);
  torch::InferenceMode inference;
  const VisualEncoding encoding = model.encode_volume(model.prepare_input(torch::rand({20, 40, 40})));
  EXPECT_EQ(model.finding_scores(encoding).sizes().vec(), (std::vector<int64_t>{1, 18}));
  EXPECT_THROW(model.call_findings(encoding), core::InputError);
}

void expect_load_error(const std::string& name, const StateDict& weights, const std::string& needle) {
  const std::string dir = write_bundle(name, weights);
  try {
    CtLiteModel model(read_model_bundle(dir), torch::kCPU);
    FAIL() << "expected an error mentioning " << needle;
  } catch (const core::InputError& e) {
    EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("weights.safetensors"), std::string::npos) << e.what();
  }
}

StateDict without(const StateDict& weights, const std::string& dropped) {
  StateDict out;
  for (const auto& entry : weights)
    if (entry.name != dropped) out.insert(entry.name, entry.tensor);
  return out;
}

TEST(CtLiteModel, WeightsThatDoNotFitTheManifestAreRefusedByName) {
  const StateDict weights = untrained().weights();
  expect_load_error("missing_head", without(weights, "head.W2"), "W2");
  expect_load_error("missing_scale", without(weights, "logit_scale"), "logit_scale");
  expect_load_error("missing_text_projection", without(weights, "text_projection.weight"), "text projection");
  StateDict extra = untrained().weights();
  extra.insert("decoder.weight", torch::zeros({2}));
  expect_load_error("unknown_prefix", extra, "decoder.weight");
  StateDict reshaped = without(weights, "head.W1");
  reshaped.insert("head.W1", torch::zeros({3, 3}));
  expect_load_error("wrong_shape", reshaped, "W1");
}

}  // namespace
}  // namespace ctlite::ai
