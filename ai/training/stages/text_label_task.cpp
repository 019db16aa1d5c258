#include "ai/training/stages/text_label_task.h"

#include <stdexcept>

#include "ai/io/module_weights.h"
#include "ai/losses/siglip_loss.h"
#include "ai/scoring/zero_shot_prompts.h"
#include "ai/training/stages/eval_mode_guard.h"

namespace ctlite::ai {

TextLabelTask::TextLabelTask(std::shared_ptr<TextEncoder> text, std::int64_t latent_size,
                             TextLabelTaskOptions options)
    : text_(std::move(text)), options_(std::move(options)) {
  if (!text_) throw std::invalid_argument("text: a text tower is required");
  if (options_.findings.empty()) throw std::invalid_argument("text: no findings to learn");
  if (latent_size < 1) throw std::invalid_argument("text: the latent size must be positive");
  // CT-CLIP's to_text_latent: no bias.
  text_projection_ = torch::nn::Linear(torch::nn::LinearOptions(text_->width(), latent_size).bias(false));
  label_head_ = torch::nn::Linear(latent_size, static_cast<std::int64_t>(options_.findings.size()));
  prompts_ = zero_shot_prompts(options_.findings);
  for (torch::nn::Module* m : {&text_->module(), static_cast<torch::nn::Module*>(text_projection_.get()),
                               static_cast<torch::nn::Module*>(label_head_.get())}) {
    m->to(options_.device);
    m->train();
  }
}

std::vector<NamedParameter> TextLabelTask::trainable_parameters() {
  std::vector<NamedParameter> out;
  for (const auto& p : text_->module().named_parameters())
    if (p.value().numel() > 0) out.push_back({"text." + p.key(), p.value()});
  out.push_back({"text_projection.weight", text_projection_->weight});
  out.push_back({"label_head.weight", label_head_->weight});
  out.push_back({"label_head.bias", label_head_->bias});
  return out;
}

// The classifier reads the unit-norm latent, the quantity SigLIP and zero-shot scoring compare,
// so what it separates is the latent's direction. The fixed scale lets its logits reach a
// confident ±10 from the start (a cosine classifier's usual temperature); on the bare unit
// vector, Adam needed hundreds of steps just to grow the classifier's weights.
torch::Tensor TextLabelTask::logits(const std::vector<std::string>& texts) {
  constexpr double kCosineScale = 10.0;
  return label_head_->forward(kCosineScale *
                              siglip_normalize(text_projection_->forward(text_->encode(texts))));
}

LossReport TextLabelTask::compute_loss(const Batch& batch) {
  const auto findings = static_cast<std::int64_t>(options_.findings.size());
  if (!batch.labels.defined() || batch.labels.dim() != 2 || batch.labels.size(1) != findings)
    throw std::invalid_argument("text: every report needs " + std::to_string(findings) + " labels");
  const torch::Tensor reports = torch::binary_cross_entropy_with_logits(
      logits(batch.texts), (batch.labels >= 0.5).to(torch::kFloat32).to(options_.device));
  // Row 2f is finding f's present prompt, row 2f+1 its absent one; each speaks of f only.
  const torch::Tensor prompt_logits = logits(prompts_).view({findings, 2, findings});
  const torch::Tensor own = prompt_logits.diagonal(0, 0, 2).t();  // (F, 2): [present, absent]
  const torch::Tensor targets =
      torch::tensor({1.0f, 0.0f}, own.options()).expand({findings, 2});
  const torch::Tensor prompts = torch::binary_cross_entropy_with_logits(own, targets);
  LossReport report;
  report.total = reports + options_.prompt_weight * prompts;
  report.terms["report_bce"] = reports.item<double>();
  report.terms["prompt_bce"] = prompts.item<double>();
  return report;
}

torch::Tensor TextLabelTask::label_logits(const std::vector<std::string>& texts) {
  torch::NoGradGuard no_grad;
  EvalModeGuard eval({&text_->module()});
  return logits(texts);
}

StateDict TextLabelTask::state_dict() {
  StateDict out;
  for (const auto& e : text_->state_dict()) out.insert("text." + e.name, e.tensor);
  add_module_tensors(*text_projection_, "text_projection.", out);
  add_module_tensors(*label_head_, "label_head.", out);
  return out;
}

void TextLabelTask::load_state_dict(const StateDict& weights) {
  text_->load_state_dict(weights.with_prefix_stripped("text."));
  load_module_tensors(*text_projection_, weights.with_prefix_stripped("text_projection."),
                      "text projection", "text stage weights");
  load_module_tensors(*label_head_, weights.with_prefix_stripped("label_head."), "label classifier",
                      "text stage weights");
}

}  // namespace ctlite::ai
