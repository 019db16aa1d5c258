#include "ai/training/stages/ctvit_tower.h"

#include <stdexcept>

#include "ai/models/ctvit/ctvit_weights.h"

namespace ctlite::ai {
namespace {

void append_stage(const StageTrace& stage, FastEncoderTrace& trace) {
  const size_t layers = stage.attention.size();
  if (stage.residuals.size() != layers)
    throw std::logic_error("CT-ViT trace: attention and hidden states disagree on the layer count");
  for (size_t i = 0; i < layers; ++i)
    trace.layers.push_back(
        {stage.attention[i], i + 1 < layers ? stage.residuals[i + 1] : stage.final_residual});
}

}  // namespace

CtVitTower::CtVitTower(CtVit model, bool distil_pre_quantisation, bool codebook_ema)
    : model_(std::move(model)), pre_quantisation_(distil_pre_quantisation),
      codebook_ema_(codebook_ema && !distil_pre_quantisation && model_->vq) {
  if (model_->vq) model_->vq->follow_tokens_in_training(codebook_ema_);
}

std::vector<torch::Tensor> CtVitTower::running_buffers() {
  if (!codebook_ema_) return {};
  return {model_->vq->codebook->embed};
}

FastEncoderTrace CtVitTower::forward(const torch::Tensor& video, bool with_trace) {
  CtVitForwardOptions options;
  options.attention = with_trace;
  options.hidden_states = with_trace;
  CtVitOutputs out = model_->forward(video, options);
  FastEncoderTrace trace;
  if (with_trace) {
    append_stage(out.spatial, trace);
    append_stage(out.temporal, trace);
  }
  trace.output = pre_quantisation_ ? out.encoded : out.tokens;
  return trace;
}

StateDict CtVitTower::state_dict() {
  StateDict out;
  for (const auto& p : model_->named_parameters()) out.insert(p.key(), p.value().detach());
  for (const auto& b : model_->named_buffers()) out.insert(b.key(), b.value().detach());
  return out;
}

void CtVitTower::load_state_dict(const StateDict& weights) {
  load_ctvit_weights(*model_, weights, "checkpoint");
}

std::int64_t CtVitTower::pooled_feature_size() const {
  const auto& c = model_->config();
  return c.grid_size() * c.grid_size() * c.dim;
}

void copy_codebook(CtVitImpl& teacher, CtVitImpl& student) {
  if (!teacher.vq != !student.vq)
    throw std::invalid_argument("teacher and student CT-ViT disagree on the quantiser");
  if (!teacher.vq) return;
  auto& source = teacher.vq->codebook->embed;
  auto& target = student.vq->codebook->embed;
  if (source.sizes() != target.sizes())
    throw std::invalid_argument("teacher and student CT-ViT codebooks differ in shape");
  torch::NoGradGuard no_grad;
  target.copy_(source);
}

}  // namespace ctlite::ai
