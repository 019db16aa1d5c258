#pragma once
// What a `ctlite train` stage leaves in OUT/model: model.json (stage, CT-ViT config, head and
// text settings, objective scalars) and weights.safetensors, the weights under CT-CLIP-style
// names: "visual_transformer.*" (CT-ViT), "head.*", "text_transformer.*", "to_text_latent.*",
// "siglip.*" / "temperature". The next stage reads it (--teacher, --student); the folder appears
// complete or not at all.

#include <string>

#include <nlohmann/json.hpp>

#include "ai/io/state_dict.h"

namespace ctlite::cli {

struct StageModel {
  nlohmann::json description;  // model.json
  ai::StateDict weights;
};

// Writes DIR (which must not exist) atomically. OutputError naming DIR on failure.
void write_stage_model(const std::string& dir, const StageModel& model);
// Accepts a stage model folder or a training output folder holding one in model/. InputError
// naming the file when it is missing or malformed.
StageModel read_stage_model(const std::string& path);
// True when `path` is (or holds in model/) a stage model folder.
bool is_stage_model(const std::string& path);

}  // namespace ctlite::cli
