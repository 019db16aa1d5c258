#pragma once
// The CT-Lite model as the engine runs it: student CT-ViT → projection head (SFP, BTT or dense) →
// image latent, BERT → [CLS] → text projection → text latent, and zero-shot scoring of the 18
// CT-RATE findings against the bundle's thresholds. One object per (bundle, device); the prompt
// latents and the per-finding evidence directions are computed once and kept.
//
//   CtLiteModel model(read_model_bundle("models/ctlite-demo"), torch::kCPU);
//   torch::InferenceMode inference;
//   VisualEncoding encoding = model.encode_volume(model.prepare_input(network_input));
//   std::vector<FindingCall> calls = model.call_findings(encoding);

#include <torch/torch.h>

#include <optional>
#include <string>
#include <vector>

#include "ai/analysis/strongest_token.h"
#include "ai/bundle/model_bundle.h"
#include "ai/heads/projection_head.h"
#include "ai/models/ctvit/ctvit.h"
#include "ai/text/bert_model.h"

namespace ctlite::ai {

struct VisualEncoding {
  torch::Tensor latent;  // (B, latent_size) unit rows
  torch::Tensor tokens;  // (B, t, h, w, dim) CT-ViT tokens, for PCA maps and evidence
};

struct FindingCall {
  std::string name;
  double score = 0.0;      // of the kind the thresholds were fitted on (manifest.threshold_score)
  double threshold = 0.0;
  bool present = false;    // score >= threshold
  // The token whose (linear) contribution raises this finding's score the most; `score` holds
  // that contribution.
  TokenLocation evidence;
};

class CtLiteModel {
 public:
  // Throws core::InputError naming the bundle's weights file and the first missing, unexpected or
  // mis-shaped tensor.
  CtLiteModel(const ModelBundle& bundle, const torch::Device& device);
  // Every part freshly initialised (each module's default init, logit scale log 10, bias −10):
  // the starting point of training, and test models.
  static CtLiteModel untrained(const BundleManifest& manifest, const BertTokenizer& tokenizer,
                               const torch::Device& device);

  const BundleManifest& manifest() const { return manifest_; }
  const torch::Device& device() const { return device_; }

  // A preprocessed volume as core's NetworkInput holds it, (Z, X, Y) = (F, H, W) or with leading
  // batch/channel axes, resized (trilinear, align_corners=False, as the training samples) to
  // (1, 1, input_slices, image_size, image_size) on the model's device when it differs.
  torch::Tensor prepare_input(const torch::Tensor& network_input) const;
  // video (B, 1, F, image_size, image_size).
  VisualEncoding encode_volume(const torch::Tensor& video);
  // (N, latent_size) unit rows, tokenised as CT-CLIP does.
  torch::Tensor encode_texts(const std::vector<std::string>& texts);

  // (B, 18): each case's score of every CT-RATE finding, of the kind manifest().threshold_score.
  torch::Tensor finding_scores(const VisualEncoding& encoding);
  // One case's 18 calls in CT-RATE order. Throws core::InputError (the manifest) when the bundle
  // has no threshold for a finding (an uncalibrated model scores but cannot call).
  std::vector<FindingCall> call_findings(const VisualEncoding& encoding, int64_t case_index = 0);
  // (B, 18, t, h, w): each token's additive share of ⟨image latent before normalisation,
  // present − absent prompt latent⟩. The head is linear in the pooled feature (the mean of the
  // tokens over t), so the shares of all tokens sum to that similarity (minus a bias term).
  torch::Tensor evidence_maps(const VisualEncoding& encoding);

  // Every tensor under its bundle name (BundleWeightNames), on the CPU.
  StateDict weights() const;
  const BertTokenizer& tokenizer() const { return tokenizer_; }

 private:
  CtLiteModel(const BundleManifest& manifest, const BertTokenizer& tokenizer, const torch::Device& device);
  void load(const StateDict& weights, const std::string& source);
  const torch::Tensor& prompt_latents();       // (36, latent): present, absent per finding
  const torch::Tensor& evidence_directions();  // (18, h·w·dim): head(x)·(t_present − t_absent) = x·g

  BundleManifest manifest_;
  std::string manifest_source_ = "<untrained model>";
  BertTokenizer tokenizer_;
  torch::Device device_;
  CtVit visual_{nullptr};
  std::shared_ptr<ProjectionHeadImpl> head_;
  BertModel text_{nullptr};
  torch::nn::Linear text_projection_{nullptr};
  torch::Tensor logit_scale_, logit_bias_;
  torch::Tensor prompt_latents_, evidence_directions_;
};

// Bundle weights from separately trained parts (for write_model_bundle).
StateDict ctlite_bundle_weights(const CtVitImpl& visual, const ProjectionHeadImpl& head, const BertModelImpl& text,
                                const torch::nn::LinearImpl& text_projection, const torch::Tensor& logit_scale,
                                const std::optional<torch::Tensor>& logit_bias);

}  // namespace ctlite::ai
