#pragma once
// Hyper-parameters of CT-CLIP's CT-ViT encoder (ctvit-architecture.md §1). The defaults are the
// CT-CLIP configuration; the golden tiny model is read from JSON.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace ctlite::ai {

struct CtVitConfig {
  std::int64_t dim = 512;
  // 0 = no vector quantiser: the tokens are the temporal stage's output. CT-CLIP quantises with
  // a codebook learnt by GenerateCT's VQ-VAE; a teacher trained here from scratch has only a
  // random codebook, and snapping every token to one of its codes throws away what the encoder
  // learns (docs/TRAINING.md, "The quantiser").
  std::int64_t codebook_size = 8192;
  bool quantises() const { return codebook_size > 0; }
  std::int64_t image_size = 480;          // H = W
  std::int64_t patch_size = 20;           // in-plane
  std::int64_t temporal_patch_size = 10;  // slices
  std::int64_t spatial_depth = 4;
  std::int64_t temporal_depth = 4;
  std::int64_t dim_head = 32;
  std::int64_t heads = 8;
  std::int64_t channels = 1;
  std::int64_t ff_mult = 4;
  // Continuous position bias MLP: `position_bias_layers` hidden Linear+LeakyReLU blocks of width
  // dim (CT-ViT builds it with the default of 2).
  std::int64_t position_bias_layers = 2;

  std::int64_t attention_inner_dim() const { return heads * dim_head; }
  // GEGLU width: Python's int(mult * (2 / 3) * dim), evaluated in that order (1365 for 512).
  std::int64_t feed_forward_inner_dim() const;
  std::int64_t patch_dim() const {
    return channels * temporal_patch_size * patch_size * patch_size;
  }
  std::int64_t grid_size() const { return image_size / patch_size; }  // h = w

  // Throws std::invalid_argument describing the first inconsistent value.
  void validate() const;

  // Accepts the config object itself or an object holding it under "ctvit_config" (as in the
  // golden tiny_ctvit.json). Unknown keys are an error; missing keys keep the CT-CLIP default.
  static CtVitConfig from_json(const nlohmann::json& json);
  // Reads a JSON file; throws core::InputError naming the file.
  static CtVitConfig from_file(const std::string& path);
  nlohmann::json to_json() const;
};

}  // namespace ctlite::ai
