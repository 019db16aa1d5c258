// `ctlite ctvit-forward`: runs the CT-CLIP image encoder (CT-ViT) on a network-input tensor and
// writes the encoder tokens and CT-CLIP's pooled image feature.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "ai/io/safetensors.h"
#include "ai/models/ctvit/ctvit.h"
#include "ai/models/ctvit/ctvit_weights.h"
#include "ai/runtime/compute_process.h"
#include "ai/runtime/device.h"
#include "app/cli/command_registry.h"
#include "app/cli/output_paths.h"
#include "core/common/errors.h"

namespace ctlite::cli {
namespace {

const char* const kUsage =
    "ctlite ctvit-forward --config C.json --weights W.(pt|safetensors) --input IN.safetensors\n"
    "                     --output OUT.safetensors [--device cpu|cuda|cuda:N] [--tensor NAME]\n"
    "  --config   CT-ViT config JSON (the object, or one holding it under \"ctvit_config\")\n"
    "  --weights  CT-ViT or whole CT-CLIP weights: safetensors or torch.save checkpoint\n"
    "             (keys may carry the `visual_transformer.` prefix)\n"
    "  --input    safetensors holding `video` (B, 1, F, H, W) or `volume` (1, F, H, W), as\n"
    "             written by `ctlite preprocess`; --tensor picks another name\n"
    "  --output   safetensors with `tokens` (B, t, h, w, dim), `pooled_flat` (B, h*w*dim)\n"
    "             and `codebook_indices` (B, t*h*w, int64; none when codebook_size is 0)\n"
    "Runs with OMP_WAIT_POLICY=passive and OPENBLAS_THREAD_TIMEOUT=4 (re-executing itself once)\n"
    "unless they are already set.";

torch::Tensor read_input(const std::string& path, const std::string& requested) {
  const std::vector<std::string> names =
      requested.empty() ? std::vector<std::string>{"video", "volume"} : std::vector{requested};
  const auto wanted = [&](const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  const ai::SafetensorsContent content = ai::read_safetensors(path, wanted);
  for (const auto& name : names)
    if (const torch::Tensor* tensor = content.tensors.find(name))
      return tensor->dim() == 4 ? tensor->unsqueeze(0) : *tensor;  // (C, F, H, W) from preprocess
  throw core::InputError(path, "holds no tensor named `" + names.front() + "`" +
                                   (requested.empty() ? " or `volume`" : ""));
}

int run_ctvit_forward(const Arguments& args) {
  ai::configure_compute_process();
  const std::string config_path = args.required("--config"),
                    weights_path = args.required("--weights");
  const std::string input_path = args.required("--input"), output_path = args.required("--output");
  if (!has_suffix(output_path, ".safetensors"))
    throw UsageError("--output must end in .safetensors");
  refuse_overwriting_inputs(output_path, {config_path, weights_path, input_path});
  torch::Device device(torch::kCPU);
  try {
    device = ai::parse_device(args.value_or("--device", "cpu"));
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  if (device.is_cuda()) ai::disable_tf32();

  const auto start = std::chrono::steady_clock::now();
  ai::CtVit model(ai::CtVitConfig::from_file(config_path));
  const ai::CtVitWeightsReport report = ai::load_ctvit_weights(*model, weights_path);
  model->eval();
  model->to(device);
  torch::Tensor video = read_input(input_path, args.value_or("--tensor", ""));
  try {
    model->token_grid(video.sizes());
  } catch (const std::invalid_argument& e) {
    throw core::InputError(input_path, e.what());
  }

  const auto forward_start = std::chrono::steady_clock::now();
  ai::CtVitOutputs out;
  {
    torch::InferenceMode inference;
    out = model->forward(video.to(device));
  }
  const double forward_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - forward_start).count();

  ai::StateDict tensors;
  tensors.insert("tokens", out.tokens.to(torch::kCPU));
  tensors.insert("pooled_flat", out.pooled_flat.to(torch::kCPU));
  if (out.codebook_indices.defined())  // a config without a quantiser has none
    tensors.insert("codebook_indices", out.codebook_indices.to(torch::kCPU));
  ai::write_safetensors(output_path, tensors,
                        {{"producer", "ctlite ctvit-forward"},
                         {"weights", weights_path},
                         {"ctvit_config", model->config().to_json().dump()}});
  std::printf(
      "%s: tokens %s, pooled_flat %s; weights %zu loaded, %zu unused and %zu CT-CLIP keys "
      "skipped; forward %.2f s on %s, total %.2f s\n",
      output_path.c_str(), c10::str(out.tokens.sizes()).c_str(),
      c10::str(out.pooled_flat.sizes()).c_str(), report.loaded, report.ignored_unused,
      report.ignored_other, forward_seconds, device.str().c_str(),
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  return 0;
}

const CommandRegistration registration{Command{
    "ctvit-forward",
    "run the CT-CLIP image encoder (CT-ViT): tokens and pooled image feature",
    kUsage,
    OptionSpec{{"--config", "--weights", "--input", "--output", "--device", "--tensor"}, {}},
    run_ctvit_forward,
}};

}  // namespace
}  // namespace ctlite::cli
