#include "ai/models/ctvit/ctvit_weights.h"

#include <sstream>
#include <unordered_map>
#include <vector>

#include "ai/io/weights_file.h"
#include "core/common/errors.h"

namespace ctlite::ai {
namespace {

const std::string kCtClipPrefix = "visual_transformer.";

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

std::string shape_text(torch::IntArrayRef shape) {
  std::ostringstream text;
  text << shape;
  return text.str();
}

// Every parameter and buffer of the model by its (original) name.
std::unordered_map<std::string, torch::Tensor> model_tensors(CtVitImpl& model) {
  std::unordered_map<std::string, torch::Tensor> tensors;
  for (const auto& item : model.named_parameters()) tensors.emplace(item.key(), item.value());
  for (const auto& item : model.named_buffers()) tensors.emplace(item.key(), item.value());
  return tensors;
}

}  // namespace

bool is_unused_ctvit_key(const std::string& name) {
  return starts_with(name, "to_patch_emb_first_frame.") ||
         starts_with(name, "to_pixels_first_frame.") || starts_with(name, "to_pixels.") ||
         name.find(".context_norm.") != std::string::npos || name == "vq._codebook.initted" ||
         name == "vq._codebook.cluster_size" || name == "vq._codebook.embed_avg";
}

CtVitWeightsReport load_ctvit_weights(CtVitImpl& model, const StateDict& weights,
                                      const std::string& source) {
  CtVitWeightsReport report;
  for (const auto& entry : weights)
    if (starts_with(entry.name, kCtClipPrefix)) report.ctclip_checkpoint = true;

  auto expected = model_tensors(model);
  std::unordered_map<std::string, const torch::Tensor*> found;
  for (const auto& entry : weights) {
    std::string name = entry.name;
    if (report.ctclip_checkpoint) {
      if (!starts_with(name, kCtClipPrefix)) {
        ++report.ignored_other;
        continue;
      }
      name = name.substr(kCtClipPrefix.size());
    }
    if (name == "vq._codebook.initted" && entry.tensor.numel() == 1 &&
        entry.tensor.item<double>() == 0)
      throw core::InputError(source,
                             "the VQ codebook was never initialised (vq._codebook.initted = 0)");
    if (expected.count(name)) {
      found[name] = &entry.tensor;
    } else if (is_unused_ctvit_key(name)) {
      ++report.ignored_unused;
    } else {
      throw core::InputError(source, "unexpected CT-ViT weight '" + entry.name + "'");
    }
  }

  torch::NoGradGuard no_grad;
  for (const auto& [name, target] : expected) {
    const auto match = found.find(name);
    if (match == found.end())
      throw core::InputError(
          source,
          "missing CT-ViT weight '" + (report.ctclip_checkpoint ? kCtClipPrefix : "") + name + "'");
    const torch::Tensor& tensor = *match->second;
    if (tensor.sizes() != target.sizes())
      throw core::InputError(source, "CT-ViT weight '" + name + "' has shape " +
                                         shape_text(tensor.sizes()) + ", expected " +
                                         shape_text(target.sizes()));
    if (!tensor.is_floating_point())
      throw core::InputError(source, "CT-ViT weight '" + name + "' is not floating point");
    target.copy_(tensor);
    ++report.loaded;
  }
  return report;
}

CtVitWeightsReport load_ctvit_weights(CtVitImpl& model, const std::string& path) {
  // Read only what CT-ViT can use; the names of skipped CT-CLIP keys are still counted.
  std::size_t skipped = 0;
  const StateDict weights = read_weights_file(path, [&](const std::string& name) {
    const bool wanted = !starts_with(name, "text_transformer.") &&
                        !starts_with(name, "to_text_latent") &&
                        !starts_with(name, "to_visual_latent") && name != "temperature";
    if (!wanted) ++skipped;
    return wanted;
  });
  CtVitWeightsReport report = load_ctvit_weights(model, weights, path);
  report.ignored_other += skipped;
  return report;
}

}  // namespace ctlite::ai
