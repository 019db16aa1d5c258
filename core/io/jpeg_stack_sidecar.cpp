#include "core/io/jpeg_stack_sidecar.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "core/common/errors.h"

namespace ctlite::core {
namespace {

using nlohmann::json;

template <std::size_t N>
std::array<double, N> finite_numbers(const json& value, const char* field,
                                     const std::string& path) {
  if (!value.is_array() || value.size() != N)
    throw InputError(path, std::string("\"") + field + "\" must be an array of " +
                               std::to_string(N) + " numbers");
  std::array<double, N> numbers{};
  for (std::size_t i = 0; i < N; ++i) {
    if (!value[i].is_number() || !std::isfinite(value[i].get<double>()))
      throw InputError(path, std::string("\"") + field + "\" holds a non-number");
    numbers[i] = value[i].get<double>();
  }
  return numbers;
}

}  // namespace

JpegStackSidecar parse_stack_sidecar(const std::string& json_text, const std::string& path) {
  json document;
  try {
    document = json::parse(json_text);
  } catch (const json::exception& e) {
    throw InputError(path, std::string("invalid JSON: ") + e.what());
  }
  if (!document.is_object()) throw InputError(path, "expected a JSON object");
  JpegStackSidecar sidecar;
  if (document.contains("spacing")) {
    sidecar.spacing = finite_numbers<3>(document["spacing"], "spacing", path);
    for (double size : sidecar.spacing)
      if (size <= 0) throw InputError(path, "\"spacing\" must be positive");
  }
  if (document.contains("origin"))
    sidecar.origin = finite_numbers<3>(document["origin"], "origin", path);
  if (document.contains("direction")) {
    sidecar.direction = finite_numbers<9>(document["direction"], "direction", path);
    for (std::size_t column = 0; column < 3; ++column) {
      const double norm = std::hypot(sidecar.direction[column], sidecar.direction[3 + column],
                                     sidecar.direction[6 + column]);
      if (std::abs(norm - 1.0) > 1e-3)
        throw InputError(path, "\"direction\" columns must be unit vectors");
    }
  }
  if (document.contains("window")) {
    const json& window = document["window"];
    if (!window.is_object() || !window.contains("center") || !window.contains("width") ||
        !window["center"].is_number() || !window["width"].is_number())
      throw InputError(path, "\"window\" must be {\"center\": number, \"width\": number}");
    sidecar.window.center = window["center"].get<double>();
    sidecar.window.width = window["width"].get<double>();
    if (!std::isfinite(sidecar.window.center) || !(sidecar.window.width > 0) ||
        !std::isfinite(sidecar.window.width))
      throw InputError(path, "\"window\" width must be a positive number");
  }
  if (document.contains("source")) {
    if (!document["source"].is_string()) throw InputError(path, "\"source\" must be text");
    sidecar.source = document["source"].get<std::string>();
  }
  if (document.contains("quality")) {
    if (!document["quality"].is_number_integer())
      throw InputError(path, "\"quality\" must be 1..100");
    sidecar.quality = document["quality"].get<int>();
    if (sidecar.quality < 1 || sidecar.quality > 100)
      throw InputError(path, "\"quality\" must be 1..100");
  }
  return sidecar;
}

std::string format_stack_sidecar(const JpegStackSidecar& sidecar) {
  json document = {
      {"format", "ctlite-jpeg-stack"},
      {"version", 1},
      {"spacing", sidecar.spacing},
      {"origin", sidecar.origin},
      {"direction", sidecar.direction},
      {"window", {{"center", sidecar.window.center}, {"width", sidecar.window.width}}},
      {"source", sidecar.source},
      {"gray_levels", "round(255 * clamp((HU - (center - width / 2)) / width, 0, 1))"},
  };
  if (sidecar.quality > 0) document["quality"] = sidecar.quality;
  return document.dump(2) + "\n";
}

}  // namespace ctlite::core
