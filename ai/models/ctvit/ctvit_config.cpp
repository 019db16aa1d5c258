#include "ai/models/ctvit/ctvit_config.h"

#include <map>
#include <stdexcept>

#include "ai/io/json_file.h"
#include "core/common/errors.h"

namespace ctlite::ai {
namespace {

// Every config field by JSON name, so parsing, printing and validation share one list.
std::map<std::string, std::int64_t CtVitConfig::*> fields() {
  return {
      {"dim", &CtVitConfig::dim},
      {"codebook_size", &CtVitConfig::codebook_size},
      {"image_size", &CtVitConfig::image_size},
      {"patch_size", &CtVitConfig::patch_size},
      {"temporal_patch_size", &CtVitConfig::temporal_patch_size},
      {"spatial_depth", &CtVitConfig::spatial_depth},
      {"temporal_depth", &CtVitConfig::temporal_depth},
      {"dim_head", &CtVitConfig::dim_head},
      {"heads", &CtVitConfig::heads},
      {"channels", &CtVitConfig::channels},
      {"ff_mult", &CtVitConfig::ff_mult},
      {"position_bias_layers", &CtVitConfig::position_bias_layers},
  };
}

}  // namespace

std::int64_t CtVitConfig::feed_forward_inner_dim() const {
  return static_cast<std::int64_t>(static_cast<double>(ff_mult) * (2.0 / 3.0) *
                                   static_cast<double>(dim));
}

void CtVitConfig::validate() const {
  for (const auto& [name, member] : fields())
    if (this->*member <
        (name == "spatial_depth" || name == "temporal_depth" || name == "codebook_size" ? 0 : 1))
      throw std::invalid_argument("CT-ViT config: " + name + " = " + std::to_string(this->*member) +
                                  " is out of range");
  if (image_size % patch_size != 0)
    throw std::invalid_argument("CT-ViT config: image_size " + std::to_string(image_size) +
                                " is not a multiple of patch_size " + std::to_string(patch_size));
  if (dim > (1 << 16) || heads * dim_head > (1 << 16) || codebook_size > (1 << 24) ||
      patch_dim() > (1 << 24) || spatial_depth + temporal_depth > 256)
    throw std::invalid_argument("CT-ViT config: sizes are implausibly large");
  if (feed_forward_inner_dim() < 1) throw std::invalid_argument("CT-ViT config: ff width is zero");
}

CtVitConfig CtVitConfig::from_json(const nlohmann::json& json) {
  const nlohmann::json& object = json.contains("ctvit_config") ? json.at("ctvit_config") : json;
  if (!object.is_object()) throw std::invalid_argument("CT-ViT config is not a JSON object");
  const auto known = fields();
  CtVitConfig config;
  for (const auto& [key, value] : object.items()) {
    const auto field = known.find(key);
    if (field == known.end())
      throw std::invalid_argument("CT-ViT config: unknown key '" + key + "'");
    if (!value.is_number_integer())
      throw std::invalid_argument("CT-ViT config: '" + key + "' is not an integer");
    config.*(field->second) = value.get<std::int64_t>();
  }
  config.validate();
  return config;
}

CtVitConfig CtVitConfig::from_file(const std::string& path) {
  return parse_json_file(path, "the CT-ViT config", [](const nlohmann::json& json) { return from_json(json); });
}

nlohmann::json CtVitConfig::to_json() const {
  nlohmann::json json = nlohmann::json::object();
  for (const auto& [name, member] : fields()) json[name] = this->*member;
  return json;
}

}  // namespace ctlite::ai
