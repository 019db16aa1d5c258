#include "ai/training/stages/distillation_task.h"

#include <stdexcept>

namespace ctlite::ai {

double weights_checksum(const StateDict& weights) {
  double sum = 0.0;
  for (const auto& entry : weights)
    if (entry.tensor.is_floating_point() && entry.tensor.numel() > 0)
      sum += entry.tensor.detach().to(torch::kFloat64).sum().item<double>();
  return sum;
}

DistillationTask::DistillationTask(std::shared_ptr<VolumeEncoder> teacher,
                                   std::shared_ptr<VolumeEncoder> student,
                                   DistillationTaskOptions options)
    : teacher_(std::move(teacher)),
      student_(std::move(student)),
      options_(std::move(options)),
      balancer_(options_.loss.weights) {
  if (!teacher_ || !student_) throw std::invalid_argument("fast: teacher and student are required");
  teacher_->module().to(options_.device);
  student_->module().to(options_.device);
  teacher_->module().eval();
  for (auto& p : teacher_->module().parameters()) p.requires_grad_(false);
  student_->module().train();
  teacher_checksum_ = weights_checksum(teacher_->state_dict());
}

std::vector<NamedParameter> DistillationTask::trainable_parameters() {
  std::vector<NamedParameter> out;
  for (const auto& p : student_->module().named_parameters())
    if (p.value().requires_grad() && p.value().numel() > 0)
      out.push_back({"student." + p.key(), p.value()});
  return out;
}

MupOptions DistillationTask::mup_options() const {
  MupOptions options;
  options.base_fan_in = options_.mup_base_fan_in > 0 ? options_.mup_base_fan_in : student_->token_width();
  return options;
}

void DistillationTask::set_cross_rank_mean(CrossRankMean mean) {
  balancer_.set_calibration_mean(std::move(mean));
}

LossReport DistillationTask::compute_loss(const Batch& batch) {
  const auto& w = options_.loss.weights;
  // Only the per-layer terms need the traces; naive KD compares final tokens alone.
  const bool traces = w.attention != 0 || w.feature_self != 0 || w.feature_cross != 0 || w.hidden != 0;
  FastEncoderTrace teacher_trace;
  {
    torch::NoGradGuard no_grad;
    teacher_trace = teacher_->forward(batch.tensors.at(options_.teacher_input).to(options_.device), traces);
  }
  const FastEncoderTrace student_trace =
      student_->forward(batch.tensors.at(options_.student_input).to(options_.device), traces);
  const FastLossTerms terms = fast_loss_terms(student_trace, teacher_trace, options_.loss);
  LossReport report;
  report.total = balancer_.combine(terms);
  report.terms = balancer_.contributions(terms);
  // Logged, never optimised: the raw final-token MSE, also when the output term is switched off,
  // so that every ablation reports one quantity its curve can be compared on (Fig. 6).
  report.terms["output_mse"] =
      (terms.output.defined() ? terms.output : representation_loss(student_trace.output, teacher_trace.output))
          .detach()
          .item<double>();
  return report;
}

StateDict DistillationTask::state_dict() {
  StateDict out;
  for (const auto& entry : student_->state_dict()) out.insert("student." + entry.name, entry.tensor);
  return out;
}

void DistillationTask::load_state_dict(const StateDict& weights) {
  student_->load_state_dict(weights.with_prefix_stripped("student."));
}

nlohmann::json DistillationTask::extra_state() const {
  return {{"balancer", balancer_.to_json()}, {"teacher_checksum", teacher_checksum_}};
}

void DistillationTask::load_extra_state(const nlohmann::json& state) {
  if (state.at("teacher_checksum").get<double>() != teacher_checksum_)
    throw std::invalid_argument(
        "fast: the teacher differs from the one this run was started with (weight checksum)");
  balancer_.from_json(state.at("balancer"));
}

}  // namespace ctlite::ai
