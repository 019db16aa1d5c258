#include "ai/models/ctlite/ctlite_model.h"

#include <cmath>
#include <filesystem>
#include <map>

#include "ai/io/module_weights.h"
#include "ai/models/ctvit/ctvit_weights.h"
#include "ai/scoring/finding_thresholds.h"
#include "ai/scoring/zero_shot_prompts.h"
#include "ai/scoring/zero_shot_scorer.h"
#include "ai/text/bert_weights.h"
#include "core/common/errors.h"

namespace ctlite::ai {
namespace {

using Names = BundleWeightNames;

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

// Refuses a key under none of the bundle's names before any part is loaded, so a misspelt
// prefix is reported as such and not as "missing weight".
void check_known_names(const StateDict& weights, const std::string& source) {
  for (const auto& entry : weights) {
    const std::string& n = entry.name;
    if (n == Names::kLogitScale || n == Names::kLogitBias) continue;
    if (starts_with(n, Names::kVisualPrefix) || starts_with(n, Names::kHeadPrefix) ||
        starts_with(n, Names::kTextProjectionPrefix) || starts_with(n, Names::kTextPrefix))
      continue;
    throw core::InputError(source, "unexpected weight '" + n + "' (not under visual., head., text., text_projection.)");
  }
}

torch::Tensor scalar_weight(const StateDict& weights, const std::string& name, const std::string& source) {
  const torch::Tensor& value = weights.at(name);
  if (value.numel() != 1 || !value.is_floating_point() || !std::isfinite(value.item<double>()))
    throw core::InputError(source, "'" + name + "' must be one finite floating-point number");
  return value.reshape({}).to(torch::kFloat32).clone();
}

}  // namespace

CtLiteModel::CtLiteModel(const BundleManifest& manifest, const BertTokenizer& tokenizer, const torch::Device& device)
    : manifest_(manifest), tokenizer_(tokenizer), device_(device) {
  manifest_.validate_content();
  if (tokenizer_.vocabulary_size() != manifest_.text.bert.vocab_size)
    throw std::invalid_argument("vocabulary has " + std::to_string(tokenizer_.vocabulary_size()) +
                                " tokens, the text tower expects " + std::to_string(manifest_.text.bert.vocab_size));
  visual_ = CtVit(manifest_.ctvit);
  head_ = make_projection_head(manifest_.head);
  text_ = BertModel(manifest_.text.bert);
  text_projection_ = torch::nn::Linear(
      torch::nn::LinearOptions(manifest_.text.bert.hidden_size, manifest_.latent_size).bias(false));
  // SigLIP's recommended init (ctvit-architecture.md §11).
  logit_scale_ = torch::full({}, std::log(10.0f));
  logit_bias_ = torch::full({}, -10.0f);
}

CtLiteModel::CtLiteModel(const ModelBundle& bundle, const torch::Device& device)
    : CtLiteModel(bundle.manifest, bundle.tokenizer, device) {
  manifest_source_ = (std::filesystem::path(bundle.folder) / "manifest.json").string();
  load(bundle.weights, (std::filesystem::path(bundle.folder) / BundleManifest::kWeightsFile).string());
}

CtLiteModel CtLiteModel::untrained(const BundleManifest& manifest, const BertTokenizer& tokenizer,
                                   const torch::Device& device) {
  CtLiteModel model(manifest, tokenizer, device);
  model.visual_->to(device);
  model.head_->to(device);
  model.text_->to(device);
  model.text_projection_->to(device);
  for (auto* module : std::initializer_list<torch::nn::Module*>{model.visual_.get(), model.head_.get(),
                                                               model.text_.get(), model.text_projection_.get()})
    module->eval();
  return model;
}

void CtLiteModel::load(const StateDict& weights, const std::string& source) {
  check_known_names(weights, source);
  load_ctvit_weights(*visual_, weights.with_prefix_stripped(Names::kVisualPrefix), source);
  load_module_tensors(*head_, weights.with_prefix_stripped(Names::kHeadPrefix), "projection head", source);
  load_bert_weights(*text_, weights.with_prefix_stripped(Names::kTextPrefix), source);
  load_module_tensors(*text_projection_, weights.with_prefix_stripped(Names::kTextProjectionPrefix),
                      "text projection", source);
  if (!weights.contains(Names::kLogitScale)) throw core::InputError(source, "missing weight 'logit_scale'");
  logit_scale_ = scalar_weight(weights, Names::kLogitScale, source);
  if (weights.contains(Names::kLogitBias)) logit_bias_ = scalar_weight(weights, Names::kLogitBias, source);
  for (torch::nn::Module* module : std::initializer_list<torch::nn::Module*>{
           visual_.get(), head_.get(), text_.get(), text_projection_.get()}) {
    module->to(device_);
    module->eval();
  }
}

torch::Tensor CtLiteModel::prepare_input(const torch::Tensor& network_input) const {
  if (network_input.dim() < 3 || network_input.numel() == 0)
    throw std::invalid_argument("network input must be (Z, X, Y), got " + c10::str(network_input.sizes()));
  const int64_t rank = network_input.dim();
  torch::Tensor video = network_input.reshape({1, 1, network_input.size(rank - 3), network_input.size(rank - 2),
                                               network_input.size(rank - 1)});
  video = video.to(device_, torch::kFloat32);
  const std::vector<int64_t> size{manifest_.input_slices, manifest_.ctvit.image_size, manifest_.ctvit.image_size};
  if (video.sizes().slice(2).vec() != size) {
    namespace F = torch::nn::functional;
    video = F::interpolate(video, F::InterpolateFuncOptions().size(size).mode(torch::kTrilinear).align_corners(false));
  }
  return video;
}

VisualEncoding CtLiteModel::encode_volume(const torch::Tensor& video) {
  const CtVitOutputs out = visual_->forward(video.to(device_));
  return {l2_normalize_latent(head_->forward(out.pooled_flat)), out.tokens};
}

torch::Tensor CtLiteModel::encode_texts(const std::vector<std::string>& texts) {
  if (texts.empty()) throw std::invalid_argument("no texts to encode");
  const int64_t max_length = manifest_.text.max_length;
  std::vector<int64_t> ids, mask;
  int64_t longest = 2;
  for (const std::string& text : texts) {
    const TokenizedText tokens = tokenizer_.encode(text, max_length);
    ids.insert(ids.end(), tokens.input_ids.begin(), tokens.input_ids.end());
    mask.insert(mask.end(), tokens.attention_mask.begin(), tokens.attention_mask.end());
    int64_t length = 0;
    for (int64_t m : tokens.attention_mask) length += m;
    longest = std::max(longest, length);
  }
  const auto n = static_cast<int64_t>(texts.size());
  // CT-CLIP pads every prompt to 512 tokens; padded keys get an attention weight of exactly 0, so
  // cutting the padding beyond the longest prompt changes nothing but the time spent.
  const auto as_tensor = [&](std::vector<int64_t>& values) {
    return torch::from_blob(values.data(), {n, max_length}, torch::kInt64).narrow(1, 0, longest).contiguous().to(device_);
  };
  const torch::Tensor hidden = text_->forward(as_tensor(ids), as_tensor(mask));
  return l2_normalize_latent(text_projection_->forward(hidden.select(1, 0)));
}

const torch::Tensor& CtLiteModel::prompt_latents() {
  if (!prompt_latents_.defined()) prompt_latents_ = encode_texts(zero_shot_prompts(ct_rate_finding_names()));
  return prompt_latents_;
}

torch::Tensor CtLiteModel::finding_scores(const VisualEncoding& encoding) {
  const ZeroShotScores scores =
      score_zero_shot(prompt_latents(), encoding.latent, logit_scale_.item<double>());
  return score_kind_from_name(manifest_.threshold_score) == ZeroShotScoreKind::PresentProbability
             ? scores.present_probability
             : scores.similarity_difference;
}

const torch::Tensor& CtLiteModel::evidence_directions() {
  if (evidence_directions_.defined()) return evidence_directions_;
  const torch::Tensor prompts = prompt_latents();
  const torch::Tensor direction =
      prompts.view({-1, 2, prompts.size(1)}).select(1, 0) - prompts.view({-1, 2, prompts.size(1)}).select(1, 1);
  // The head is linear in its input (a bias only shifts it), so the gradient of
  // ⟨head(x), direction_f⟩ is the same vector g_f for every x: one backward through a batch of
  // one row per finding gives all of them, whatever form (dense, BTT, SFP) the head has.
  c10::InferenceMode enable_autograd(false);
  torch::AutoGradMode grad(true);
  torch::Tensor x =
      torch::zeros({direction.size(0), manifest_.head.input_size}, torch::TensorOptions().device(device_))
          .requires_grad_(true);
  (head_->forward(x) * direction.clone()).sum().backward();
  evidence_directions_ = x.grad().detach();
  for (auto& parameter : head_->parameters()) parameter.mutable_grad() = torch::Tensor();
  return evidence_directions_;
}

torch::Tensor CtLiteModel::evidence_maps(const VisualEncoding& encoding) {
  const torch::Tensor& tokens = encoding.tokens;  // (B, t, h, w, d)
  const int64_t frames = tokens.size(1);
  const torch::Tensor g = evidence_directions().view({-1, tokens.size(2), tokens.size(3), tokens.size(4)});
  // pooled = mean over t of the tokens, so token (t, h, w) adds ⟨token, g_f[h, w]⟩ / t.
  return torch::einsum("bthwd,fhwd->bfthw", {tokens, g}) / static_cast<double>(frames);
}

std::vector<FindingCall> CtLiteModel::call_findings(const VisualEncoding& encoding, int64_t case_index) {
  const std::vector<std::string> names = ct_rate_finding_names();
  std::map<std::string, double> thresholds;
  for (const auto& t : manifest_.thresholds) thresholds[t.finding] = t.threshold;
  for (const auto& name : names)
    if (!thresholds.count(name))
      throw core::InputError(manifest_source_,
                             "thresholds: no threshold for \"" + name + "\" (the model is not calibrated)");
  if (case_index < 0 || case_index >= encoding.latent.size(0))
    throw std::out_of_range("case " + std::to_string(case_index) + " is not in the batch");
  const torch::Tensor scores = finding_scores(encoding).select(0, case_index).to(torch::kCPU, torch::kFloat64);
  const torch::Tensor maps = evidence_maps(encoding).select(0, case_index).to(torch::kCPU);
  std::vector<FindingCall> calls;
  for (std::size_t f = 0; f < names.size(); ++f) {
    FindingCall call;
    call.name = names[f];
    call.score = scores[static_cast<int64_t>(f)].item<double>();
    call.threshold = thresholds.at(call.name);
    call.present = call.score >= call.threshold;
    call.evidence = strongest_token(maps[static_cast<int64_t>(f)]);
    calls.push_back(call);
  }
  return calls;
}

StateDict CtLiteModel::weights() const {
  return ctlite_bundle_weights(*visual_, *head_, *text_, *text_projection_, logit_scale_, logit_bias_);
}

StateDict ctlite_bundle_weights(const CtVitImpl& visual, const ProjectionHeadImpl& head, const BertModelImpl& text,
                                const torch::nn::LinearImpl& text_projection, const torch::Tensor& logit_scale,
                                const std::optional<torch::Tensor>& logit_bias) {
  StateDict weights;
  add_module_tensors(visual, Names::kVisualPrefix, weights);
  add_module_tensors(head, Names::kHeadPrefix, weights);
  add_module_tensors(text, Names::kTextPrefix, weights);
  add_module_tensors(text_projection, Names::kTextProjectionPrefix, weights);
  weights.insert(Names::kLogitScale, logit_scale.detach().reshape({}).to(torch::kCPU, torch::kFloat32).clone());
  if (logit_bias && logit_bias->defined())
    weights.insert(Names::kLogitBias, logit_bias->detach().reshape({}).to(torch::kCPU, torch::kFloat32).clone());
  return weights;
}

}  // namespace ctlite::ai
