#include "ai/losses/fast_loss.h"

#include <cmath>
#include <stdexcept>

namespace ctlite::ai {
namespace {

std::string shape_text(const torch::Tensor& t) {
  std::string s = "[";
  for (int64_t i = 0; i < t.dim(); ++i) s += (i ? "," : "") + std::to_string(t.size(i));
  return s + "]";
}

void check_layer_lists(const std::vector<torch::Tensor>& student,
                       const std::vector<torch::Tensor>& teacher, const char* what) {
  if (student.empty() || student.size() != teacher.size())
    throw std::invalid_argument(std::string("FAST loss: ") + what + ": student has " +
                                std::to_string(student.size()) + " layers, teacher " +
                                std::to_string(teacher.size()));
}

// Mean over layers of a per-layer loss.
template <typename PerLayer>
torch::Tensor mean_over_layers(const std::vector<torch::Tensor>& student,
                               const std::vector<torch::Tensor>& teacher, const char* what,
                               PerLayer per_layer) {
  check_layer_lists(student, teacher, what);
  torch::Tensor total;
  for (size_t i = 0; i < student.size(); ++i) {
    torch::Tensor term = per_layer(student[i], teacher[i].detach(), i);
    total = total.defined() ? total + term : term;
  }
  return total / static_cast<double>(student.size());
}

void require(bool ok, const char* what, size_t layer, const torch::Tensor& s,
             const torch::Tensor& t, const char* expectation) {
  if (!ok)
    throw std::invalid_argument(std::string("FAST loss: ") + what + " layer " +
                                std::to_string(layer) + ": student " + shape_text(s) +
                                " vs teacher " + shape_text(t) + " (" + expectation + ")");
}

// Cosine attention as CT-ViT computes it: softmax over keys of scale · <l2n(q), l2n(k)>.
torch::Tensor cosine_attention(const torch::Tensor& queries, const torch::Tensor& keys,
                               double logit_scale) {
  namespace F = torch::nn::functional;
  auto q = F::normalize(queries, F::NormalizeFuncOptions().dim(-1).eps(1e-12));
  auto k = F::normalize(keys, F::NormalizeFuncOptions().dim(-1).eps(1e-12));
  return torch::softmax(torch::matmul(q, k.transpose(-1, -2)) * logit_scale, -1);
}

}  // namespace

torch::Tensor attention_gram_loss(const std::vector<torch::Tensor>& student_attention,
                                  const std::vector<torch::Tensor>& teacher_attention,
                                  AttentionMatch match) {
  return mean_over_layers(
      student_attention, teacher_attention, "attention",
      [match](torch::Tensor s, torch::Tensor t, size_t layer) {
        require(s.dim() == 4 && t.dim() == 4 && s.size(0) == t.size(0) &&
                    s.size(2) == t.size(2) && s.size(3) == t.size(3) && s.size(2) == s.size(3),
                "attention", layer, s, t, "expected (N, heads, L, L) with equal N and L");
        if (s.size(1) != t.size(1)) {  // different head counts: compare head-averaged maps
          s = s.mean(1, /*keepdim=*/true);
          t = t.mean(1, /*keepdim=*/true);
        }
        if (match == AttentionMatch::kGram) {
          s = torch::matmul(s, s.transpose(-1, -2));
          t = torch::matmul(t, t.transpose(-1, -2));
        }
        return torch::mse_loss(s, t);
      });
}

torch::Tensor feature_self_attention_loss(const std::vector<torch::Tensor>& student_hidden,
                                          const std::vector<torch::Tensor>& teacher_hidden,
                                          double logit_scale) {
  return mean_over_layers(
      student_hidden, teacher_hidden, "feature self-attention",
      [logit_scale](const torch::Tensor& s, const torch::Tensor& t, size_t layer) {
        require(s.dim() == 3 && t.dim() == 3 && s.size(0) == t.size(0) && s.size(1) == t.size(1),
                "feature self-attention", layer, s, t, "expected (N, L, d) with equal N and L");
        return torch::mse_loss(cosine_attention(s, s, logit_scale),
                               cosine_attention(t, t, logit_scale));
      });
}

torch::Tensor feature_cross_attention_loss(const std::vector<torch::Tensor>& student_hidden,
                                           const std::vector<torch::Tensor>& teacher_hidden,
                                           double logit_scale) {
  return mean_over_layers(
      student_hidden, teacher_hidden, "feature cross-attention",
      [logit_scale](const torch::Tensor& s, const torch::Tensor& t, size_t layer) {
        require(s.sizes() == t.sizes() && s.dim() == 3, "feature cross-attention", layer, s, t,
                "expected equal (N, L, d)");
        auto student_readout = torch::matmul(cosine_attention(s, t, logit_scale), t);
        auto teacher_readout = torch::matmul(cosine_attention(t, t, logit_scale), t);
        return torch::mse_loss(student_readout, teacher_readout);
      });
}

torch::Tensor hidden_state_loss(const std::vector<torch::Tensor>& student_hidden,
                                const std::vector<torch::Tensor>& teacher_hidden) {
  return mean_over_layers(student_hidden, teacher_hidden, "hidden state",
                          [](const torch::Tensor& s, const torch::Tensor& t, size_t layer) {
                            require(s.sizes() == t.sizes(), "hidden state", layer, s, t,
                                    "expected equal shapes");
                            return torch::mse_loss(s, t);
                          });
}

torch::Tensor representation_loss(const torch::Tensor& student_output,
                                  const torch::Tensor& teacher_output) {
  if (student_output.sizes() != teacher_output.sizes())
    throw std::invalid_argument("FAST loss: encoder output: student " +
                                shape_text(student_output) + " vs teacher " +
                                shape_text(teacher_output) + " (expected equal shapes)");
  return torch::mse_loss(student_output, teacher_output.detach());
}

FastLossTerms fast_loss_terms(const FastEncoderTrace& student, const FastEncoderTrace& teacher,
                              const FastLossOptions& options) {
  const auto& w = options.weights;
  std::vector<torch::Tensor> student_attention, teacher_attention, student_hidden, teacher_hidden;
  for (const auto& layer : student.layers) {
    student_attention.push_back(layer.attention);
    student_hidden.push_back(layer.hidden);
  }
  for (const auto& layer : teacher.layers) {
    teacher_attention.push_back(layer.attention);
    teacher_hidden.push_back(layer.hidden);
  }
  FastLossTerms terms;
  if (w.attention != 0)
    terms.attention =
        attention_gram_loss(student_attention, teacher_attention, options.attention_match);
  if (w.feature_self != 0)
    terms.feature_self = feature_self_attention_loss(student_hidden, teacher_hidden,
                                                     options.feature_logit_scale);
  if (w.feature_cross != 0)
    terms.feature_cross = feature_cross_attention_loss(student_hidden, teacher_hidden,
                                                       options.feature_logit_scale);
  if (w.hidden != 0) terms.hidden = hidden_state_loss(student_hidden, teacher_hidden);
  if (w.output != 0) terms.output = representation_loss(student.output, teacher.output);
  return terms;
}

namespace {

std::vector<const torch::Tensor*> term_list(const FastLossTerms& t) {
  return {&t.attention, &t.feature_self, &t.feature_cross, &t.hidden, &t.output};
}
std::vector<double> weight_list(const FastLossWeights& w) {
  return {w.attention, w.feature_self, w.feature_cross, w.hidden, w.output};
}

}  // namespace

torch::Tensor FastLossBalancer::combine(const FastLossTerms& terms) {
  const auto raw = term_list(terms);
  const auto weights = weight_list(weights_);
  if (!calibrated_) {
    std::vector<double> init_values(raw.size(), 0.0);
    for (size_t i = 0; i < raw.size(); ++i)
      if (raw[i]->defined()) init_values[i] = raw[i]->detach().item<double>();
    if (calibration_mean_) init_values = calibration_mean_(init_values);
    scales_.assign(raw.size(), 0.0);
    for (size_t i = 0; i < raw.size(); ++i) {
      if (weights[i] == 0 || !raw[i]->defined()) continue;
      const double init = init_values[i];
      // A term that starts at (almost) zero cannot be normalised by its init value; it keeps
      // its bare weight rather than being blown up by 1/init.
      scales_[i] = (std::isfinite(init) && init > 1e-12) ? weights[i] / init : weights[i];
    }
    calibrated_ = true;
  }
  torch::Tensor total;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (scales_[i] == 0 || !raw[i]->defined()) continue;
    auto term = *raw[i] * scales_[i];
    total = total.defined() ? total + term : term;
  }
  if (!total.defined()) throw std::invalid_argument("FAST loss: every term is switched off");
  return total;
}

std::map<std::string, double> FastLossBalancer::contributions(const FastLossTerms& terms) const {
  static const char* const kNames[] = {"attention", "feature_self", "feature_cross", "hidden",
                                       "output"};
  std::map<std::string, double> out;
  const auto raw = term_list(terms);
  for (size_t i = 0; i < raw.size() && i < scales_.size(); ++i)
    if (scales_[i] != 0 && raw[i]->defined())
      out[kNames[i]] = raw[i]->detach().item<double>() * scales_[i];
  return out;
}

nlohmann::json FastLossBalancer::to_json() const {
  return {{"calibrated", calibrated_}, {"scales", scales_}};
}

void FastLossBalancer::from_json(const nlohmann::json& state) {
  calibrated_ = state.at("calibrated").get<bool>();
  scales_ = state.at("scales").get<std::vector<double>>();
  if (calibrated_ && scales_.size() != 5)
    throw std::invalid_argument("FAST loss balancer state: expected 5 scales, got " +
                                std::to_string(scales_.size()));
}

}  // namespace ctlite::ai
