#include "ai/training/stages/contrastive_task.h"

#include <cmath>
#include <stdexcept>

#include "ai/scoring/zero_shot_prompts.h"
#include "ai/training/stages/eval_mode_guard.h"

namespace ctlite::ai {
namespace {

// copy_ would broadcast a wrongly shaped tensor silently.
void copy_checked(const torch::Tensor& target, const StateDict& weights, const std::string& name,
                  const std::string& prefix) {
  const torch::Tensor& source = weights.at(name);
  if (source.sizes() != target.sizes())
    throw std::invalid_argument("weights: " + prefix + name + " has shape " +
                                c10::str(source.sizes()) + ", the model expects " +
                                c10::str(target.sizes()));
  target.copy_(source);
}

void freeze(torch::nn::Module& module) {
  module.eval();
  for (auto& p : module.parameters()) p.requires_grad_(false);
}

}  // namespace

ContrastiveTask::ContrastiveTask(std::shared_ptr<VolumeEncoder> visual,
                                 std::shared_ptr<ProjectionHeadImpl> head,
                                 std::shared_ptr<TextEncoder> text, ContrastiveTaskOptions options)
    : visual_(std::move(visual)), head_(std::move(head)), text_(std::move(text)),
      options_(std::move(options)) {
  if (!visual_ || !head_ || !text_)
    throw std::invalid_argument(options_.stage + ": image tower, head and text tower are required");
  if (head_->config().input_size != visual_->pooled_feature_size())
    throw std::invalid_argument(options_.stage + ": head input " +
                                std::to_string(head_->config().input_size) +
                                " differs from the CT-ViT's pooled feature " +
                                std::to_string(visual_->pooled_feature_size()));
  // CT-CLIP's to_text_latent: no bias.
  text_projection_ = torch::nn::Linear(
      torch::nn::LinearOptions(text_->width(), head_->config().output_size).bias(false));
  if (options_.standardize_features) {
    if (head_->config().type != HeadType::Dense || !head_->config().bias)
      throw std::invalid_argument(options_.stage +
                                  ": standardised features need a dense head with a bias to fold into");
    feature_norm_ = torch::nn::BatchNorm1d(
        torch::nn::BatchNorm1dOptions(visual_->pooled_feature_size()).affine(false));
  }
  SigLipLossOptions siglip;
  if (!std::isnan(options_.logit_bias_init)) siglip.bias_init = options_.logit_bias_init;
  siglip_ = SigLipLoss(siglip);
  for (torch::nn::Module* m : {&visual_->module(), static_cast<torch::nn::Module*>(head_.get()),
                               &text_->module(), static_cast<torch::nn::Module*>(text_projection_.get()),
                               static_cast<torch::nn::Module*>(siglip_.get())}) {
    m->to(options_.device);
    m->train();
  }
  if (feature_norm_) {
    feature_norm_->to(options_.device);
    feature_norm_->train();
  }
  if (!options_.train_visual) freeze(visual_->module());
  if (!options_.train_text) freeze(text_->module());
  if (!options_.train_text_projection) freeze(*text_projection_);
}

std::vector<NamedParameter> ContrastiveTask::prefixed(torch::nn::Module& module,
                                                      const std::string& prefix,
                                                      bool trainable) const {
  std::vector<NamedParameter> out;
  if (!trainable) return out;
  for (const auto& p : module.named_parameters())
    if (p.value().requires_grad() && p.value().numel() > 0) out.push_back({prefix + p.key(), p.value()});
  return out;
}

std::vector<NamedParameter> ContrastiveTask::trainable_parameters() {
  std::vector<NamedParameter> out = prefixed(visual_->module(), "visual.", options_.train_visual);
  for (auto&& list : {prefixed(*head_, "head.", true), prefixed(text_->module(), "text.", options_.train_text),
                      prefixed(*text_projection_, "text_projection.", options_.train_text_projection)})
    out.insert(out.end(), list.begin(), list.end());
  out.push_back({"logit_scale", siglip_->log_temperature()});
  out.push_back({"logit_bias", siglip_->bias()});
  return out;
}

MupOptions ContrastiveTask::mup_options() const {
  MupOptions options;
  options.base_fan_in = options_.mup_base_fan_in > 0 ? options_.mup_base_fan_in : visual_->token_width();
  // BTT/SFP cores keep their input axis in the middle: W1 (m1, m0, r·n0) sums over m0, W2
  // (n0, r·m1, n1) over r·m1 (btt_shape.h), not over "all dimensions but the first".
  options.fan_in_override = [](const std::string& name,
                               const torch::Tensor& tensor) -> std::optional<std::int64_t> {
    if ((name == "head.W1" || name == "head.W2") && tensor.dim() == 3) return tensor.size(1);
    return std::nullopt;
  };
  return options;
}

torch::Tensor ContrastiveTask::image_embeddings(const torch::Tensor& video) {
  const FastEncoderTrace trace = visual_->forward(video.to(options_.device), false);
  const torch::Tensor pooled = pool_tokens_over_slices(trace.output);
  return head_->forward(feature_norm_ ? feature_norm_->forward(pooled) : pooled);
}

LossReport ContrastiveTask::compute_loss(const Batch& batch) {
  if (batch.size() < 2)
    throw std::invalid_argument(options_.stage +
                                ": SigLIP needs at least 2 pairs per micro-batch (in-batch negatives); "
                                "raise --batch-size");
  const torch::Tensor images = image_embeddings(batch.tensors.at(options_.input));
  const TrainingTexts training = training_texts(batch);
  const torch::Tensor texts = text_projection_->forward(text_->encode(training.texts));
  torch::Tensor signs;
  if (options_.label_matched_prompts && options_.prompt_fraction > 0.0)
    signs = text_match_signs(training.texts, training.prompts, batch.labels).to(options_.device);
  LossReport report;
  report.total = siglip_->forward(images, texts, signs);
  report.terms["siglip"] = report.total.item<double>();
  if (options_.prompt_pair_weight > 0.0) {
    const torch::Tensor pairs = prompt_pair_loss(images, batch.labels);
    report.terms["prompt_pair"] = pairs.item<double>();
    report.total = report.total + options_.prompt_pair_weight * pairs;
  }
  report.terms["logit_scale"] = siglip_->log_temperature().item<double>();
  return report;
}

torch::Tensor ContrastiveTask::prompt_pair_loss(const torch::Tensor& images, const torch::Tensor& labels) {
  const auto findings = static_cast<std::int64_t>(options_.findings.size());
  if (!labels.defined() || labels.dim() != 2 || labels.size(1) != findings)
    throw std::invalid_argument(options_.stage + ": the prompt-pair loss needs " +
                                std::to_string(findings) + " labels per volume");
  const torch::Tensor prompts =
      siglip_normalize(text_projection_->forward(text_->encode(zero_shot_prompts(options_.findings))));
  // The scale is the SigLIP temperature the bundle stores, so training sharpens the pair the
  // way scoring will; its gradient flows through exp(t′) like SigLIP's.
  const torch::Tensor similarity =
      siglip_normalize(images).matmul(prompts.t()).view({images.size(0), findings, 2});
  const torch::Tensor margin =
      (similarity.select(-1, 0) - similarity.select(-1, 1)) * siglip_->log_temperature().exp();
  // softmax over [present, absent] = sigmoid(logit_present − logit_absent).
  return torch::binary_cross_entropy_with_logits(margin, (labels >= 0.5).to(margin.dtype()).to(margin.device()));
}

ContrastiveTask::TrainingTexts ContrastiveTask::training_texts(const Batch& batch) const {
  TrainingTexts out{batch.texts, std::vector<PromptChoice>(batch.texts.size())};
  if (options_.prompt_fraction <= 0.0) return out;
  const auto findings = static_cast<std::int64_t>(options_.findings.size());
  if (!batch.labels.defined() || batch.labels.size(1) != findings)
    throw std::invalid_argument(options_.stage + ": prompt training needs " +
                                std::to_string(findings) + " labels per volume");
  // Drawn from LibTorch's generator on the training thread, which checkpoints restore.
  const torch::Tensor replace = torch::rand({batch.size()}) < options_.prompt_fraction;
  const torch::Tensor which = torch::randint(findings, {batch.size()}, torch::kInt64);
  const torch::Tensor labels = batch.labels.cpu();
  for (std::int64_t i = 0; i < batch.size(); ++i) {
    if (!replace[i].item<bool>()) continue;
    const std::int64_t f = which[i].item<std::int64_t>();
    const std::string& name = options_.findings[static_cast<std::size_t>(f)];
    const bool present = labels[i][f].item<float>() >= 0.5f;
    out.texts[static_cast<std::size_t>(i)] = present ? present_prompt(name) : absent_prompt(name);
    out.prompts[static_cast<std::size_t>(i)] = {f, present};
  }
  return out;
}

torch::Tensor ContrastiveTask::image_latents(const torch::Tensor& video) {
  torch::NoGradGuard no_grad;
  std::vector<torch::nn::Module*> modules{&visual_->module(), head_.get()};
  if (feature_norm_) modules.push_back(feature_norm_.get());
  EvalModeGuard eval(modules);
  return siglip_normalize(image_embeddings(video));
}

torch::Tensor ContrastiveTask::text_latents(const std::vector<std::string>& texts) {
  torch::NoGradGuard no_grad;
  EvalModeGuard eval({&text_->module()});
  return siglip_normalize(text_projection_->forward(text_->encode(texts)));
}

double ContrastiveTask::log_temperature() const { return siglip_->log_temperature().item<double>(); }

std::vector<torch::Tensor> ContrastiveTask::running_buffers() {
  std::vector<torch::Tensor> out =
      options_.train_visual ? visual_->running_buffers() : std::vector<torch::Tensor>{};
  if (feature_norm_) {
    out.push_back(feature_norm_->running_mean);
    out.push_back(feature_norm_->running_var);
  }
  return out;
}

StateDict ContrastiveTask::state_dict() {
  StateDict out;
  for (const auto& e : visual_->state_dict()) out.insert("visual." + e.name, e.tensor);
  for (const auto& p : head_->named_parameters()) out.insert("head." + p.key(), p.value().detach());
  for (const auto& e : text_->state_dict()) out.insert("text." + e.name, e.tensor);
  out.insert("text_projection.weight", text_projection_->weight.detach());
  out.insert("logit_scale", siglip_->log_temperature().detach());
  out.insert("logit_bias", siglip_->bias().detach());
  if (feature_norm_)
    for (const auto& b : feature_norm_->named_buffers()) out.insert("feature_norm." + b.key(), b.value().detach());
  return out;
}

StateDict ContrastiveTask::bundle_state_dict() {
  StateDict out;
  for (const auto& e : state_dict())
    if (e.name.rfind("feature_norm.", 0) != 0) out.insert(e.name, e.tensor);
  if (!feature_norm_) return out;
  torch::NoGradGuard no_grad;
  const auto& norm = feature_norm_->options;
  const torch::Tensor inverse_sigma = (feature_norm_->running_var + norm.eps()).rsqrt();
  const torch::Tensor weight = out.at("head.weight") * inverse_sigma.unsqueeze(0);
  out.set("head.weight", weight);
  out.set("head.bias", out.at("head.bias") - weight.matmul(feature_norm_->running_mean));
  return out;
}

void ContrastiveTask::load_state_dict(const StateDict& weights) {
  visual_->load_state_dict(weights.with_prefix_stripped("visual."));
  text_->load_state_dict(weights.with_prefix_stripped("text."));
  torch::NoGradGuard no_grad;
  const StateDict head = weights.with_prefix_stripped("head.");
  for (auto& p : head_->named_parameters()) copy_checked(p.value(), head, p.key(), "head.");
  copy_checked(text_projection_->weight, weights, "text_projection.weight", "");
  copy_checked(siglip_->log_temperature(), weights, "logit_scale", "");
  copy_checked(siglip_->bias(), weights, "logit_bias", "");
  if (feature_norm_) {
    const StateDict norm = weights.with_prefix_stripped("feature_norm.");
    for (auto& b : feature_norm_->named_buffers()) copy_checked(b.value(), norm, b.key(), "feature_norm.");
  }
}

}  // namespace ctlite::ai
