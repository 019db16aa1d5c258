#pragma once
// FAST distillation loss (CT-Lite): a student CT-ViT reading lung-windowed JPEG-Q90 slices is
// taught by the frozen CT-CLIP CT-ViT reading the uncompressed volume. The loss looks at every
// spatial and temporal transformer layer of both encoders and at the final tokens.
//
// Terms (all are plain means of squared differences, "MSE", averaged over the listed layers):
//
// attention  "attention Gram-style" term. For each layer and head, A is the softmax attention
//            (L x L, rows = queries). We compare G = A·Aᵀ instead of A:
//              L_att = mean_layers MSE(A_s A_sᵀ, A_t A_tᵀ)
//            G[i,j] = Σ_k A[i,k]·A[j,k] says how strongly queries i and j attend to the same keys:
//            a second-order (Gram, as in "style" losses) statistic. It is invariant to which of
//            several equally relevant keys carries the mass (an exact key permutation leaves it
//            unchanged), so the JPEG student is not forced to copy the teacher's key choice token
//            for token when compression noise makes neighbouring keys interchangeable; it still
//            pins down which tokens the teacher groups together. AttentionMatch::kMaps gives the
//            plain map MSE for comparison. When the head counts differ, maps are averaged over
//            heads first.
// feature_self / feature_cross   the "dual-attention" feature term, computed from the hidden
//            states H (N x L x d, the residual stream leaving each layer) with CT-ViT's own
//            cosine attention: R(Q, K) = softmax(s · l2n(Q)·l2n(K)ᵀ), s = 8 (ctvit §3.3).
//              self:  MSE( R(H_s, H_s),       R(H_t, H_t) )            (token relations)
//              cross: MSE( R(H_s, H_t) · H_t,  R(H_t, H_t) · H_t )     (student queries read the
//                     teacher's keys/values; the result must equal the teacher's own read-out)
//            The self term needs only equal L (any widths); the cross term needs equal d. The
//            teacher side carries no gradient.
// hidden     plain per-layer MSE(H_s, H_t) (FitNets-style "feature KD" ablation; off in FAST).
// output     MSE of the final encoder tokens.
//
// Balancing (FastLossBalancer): the raw terms differ by orders of magnitude, so each active term
// is divided by its own value on the first batch (detached) and multiplied by its weight. FAST's
// default weights attention : (self + cross) : output = 1 : (0.5 + 0.5) : 4, i.e. 1:1:4 at init.

#include <torch/torch.h>

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace ctlite::ai {

// One transformer layer's distillation tensors.
struct FastLayerTrace {
  torch::Tensor attention;  // (N, heads, L, L) softmax probabilities
  torch::Tensor hidden;     // (N, L, d) residual stream leaving the layer
};

// Everything FAST needs from one encoder forward: spatial layers then temporal layers, in order.
struct FastEncoderTrace {
  std::vector<FastLayerTrace> layers;
  torch::Tensor output;  // final encoder tokens, e.g. (B, t, h, w, d)
};

enum class AttentionMatch { kGram, kMaps };

// Relative weights of the terms after balancing; a zero weight switches a term off (and it is not
// computed). The presets are the FAST recipe and the ablations of the paper.
struct FastLossWeights {
  double attention = 1.0;
  double feature_self = 0.5;
  double feature_cross = 0.5;
  double hidden = 0.0;
  double output = 4.0;

  static FastLossWeights fast() { return {}; }
  static FastLossWeights naive_kd() { return {0, 0, 0, 0, 4.0}; }    // final tokens only
  static FastLossWeights feature_kd() { return {0, 0, 0, 1.0, 4.0}; }  // + per-layer MSE
};

struct FastLossOptions {
  FastLossWeights weights;
  AttentionMatch attention_match = AttentionMatch::kGram;
  double feature_logit_scale = 8.0;  // CT-ViT's fixed cosine-attention scale
};

// The raw (unweighted) terms; an undefined tensor marks a term that was switched off.
struct FastLossTerms {
  torch::Tensor attention, feature_self, feature_cross, hidden, output;
};

// Per-term functions over lists of per-layer tensors (student first). Each returns a 0-d tensor.
torch::Tensor attention_gram_loss(const std::vector<torch::Tensor>& student_attention,
                                  const std::vector<torch::Tensor>& teacher_attention,
                                  AttentionMatch match = AttentionMatch::kGram);
torch::Tensor feature_self_attention_loss(const std::vector<torch::Tensor>& student_hidden,
                                          const std::vector<torch::Tensor>& teacher_hidden,
                                          double logit_scale = 8.0);
torch::Tensor feature_cross_attention_loss(const std::vector<torch::Tensor>& student_hidden,
                                           const std::vector<torch::Tensor>& teacher_hidden,
                                           double logit_scale = 8.0);
torch::Tensor hidden_state_loss(const std::vector<torch::Tensor>& student_hidden,
                                const std::vector<torch::Tensor>& teacher_hidden);
torch::Tensor representation_loss(const torch::Tensor& student_output,
                                  const torch::Tensor& teacher_output);

// All active raw terms. Throws std::invalid_argument on mismatched layer counts or shapes.
FastLossTerms fast_loss_terms(const FastEncoderTrace& student, const FastEncoderTrace& teacher,
                              const FastLossOptions& options);

// Divides each raw term by its first-batch value and weights it. The scales are training state:
// they go into checkpoints (to_json/from_json) so a resumed run uses the same ones.
class FastLossBalancer {
 public:
  explicit FastLossBalancer(FastLossWeights weights = {}) : weights_(weights) {}

  // The weighted sum; calibrates the scales on the first call.
  torch::Tensor combine(const FastLossTerms& terms);
  // The weighted value of each active term ("attention", "feature_self", "feature_cross",
  // "hidden", "output"), for logging; call after combine().
  std::map<std::string, double> contributions(const FastLossTerms& terms) const;
  // With data parallelism every rank must use the same scales: the first-batch values are
  // averaged over ranks through this before calibrating.
  void set_calibration_mean(std::function<std::vector<double>(const std::vector<double>&)> mean) {
    calibration_mean_ = std::move(mean);
  }
  bool calibrated() const { return calibrated_; }
  nlohmann::json to_json() const;
  void from_json(const nlohmann::json& state);

 private:
  FastLossWeights weights_;
  bool calibrated_ = false;
  // Multipliers applied to the raw terms (weight / init value), in FastLossTerms order.
  std::vector<double> scales_;
  std::function<std::vector<double>(const std::vector<double>&)> calibration_mean_;
};

}  // namespace ctlite::ai
