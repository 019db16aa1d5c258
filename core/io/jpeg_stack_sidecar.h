#pragma once
// `stack.json`, the sidecar of a JPEG slice stack: the geometry and the display window that the
// 8-bit gray levels encode (JPEG files carry neither).
//
//   {"format": "ctlite-jpeg-stack", "version": 1,
//    "spacing": [x, y, z], "origin": [x, y, z], "direction": [9 numbers, row-major, LPS],
//    "window": {"center": -600, "width": 1500}, "source": "...", "quality": 90,
//    "gray_levels": "round(255 * clamp((HU - (center - width / 2)) / width, 0, 1))"}

#include <array>
#include <string>

#include "core/volume/volume.h"

namespace ctlite::core {

constexpr const char* kStackSidecarName = "stack.json";
constexpr const char* kStackManifestName = "manifest.json";

struct JpegStackSidecar {
  std::array<double, 3> spacing{1, 1, 1};
  std::array<double, 3> origin{0, 0, 0};
  std::array<double, 9> direction{1, 0, 0, 0, 1, 0, 0, 0, 1};
  DisplayWindow window;
  std::string source;  // free text: where the slices came from
  int quality = 0;     // JPEG quality used, 0 when unknown
};

// Every field is optional except what is present must be valid; InputError naming `path`.
JpegStackSidecar parse_stack_sidecar(const std::string& json_text, const std::string& path);
std::string format_stack_sidecar(const JpegStackSidecar& sidecar);

}  // namespace ctlite::core
