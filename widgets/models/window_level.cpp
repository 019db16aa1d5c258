#include "widgets/models/window_level.h"

#include <QtGlobal>

namespace ctlite::widgets {

const std::vector<WindowPresetInfo>& window_presets() {
  static const std::vector<WindowPresetInfo> presets = {
      {WindowPreset::Lung, "lung", QT_TRANSLATE_NOOP("WindowPreset", "Lung"), {-600.0, 1500.0}},
      {WindowPreset::Mediastinum, "mediastinum", QT_TRANSLATE_NOOP("WindowPreset", "Mediastinum"),
       {40.0, 400.0}},
      {WindowPreset::Bone, "bone", QT_TRANSLATE_NOOP("WindowPreset", "Bone"), {400.0, 2000.0}},
      {WindowPreset::SoftTissue, "soft-tissue", QT_TRANSLATE_NOOP("WindowPreset", "Soft tissue"),
       {50.0, 350.0}},
  };
  return presets;
}

const WindowPresetInfo* find_window_preset(WindowPreset preset) {
  for (const auto& info : window_presets())
    if (info.preset == preset) return &info;
  return nullptr;
}

std::optional<WindowPreset> window_preset_from_id(const std::string& id) {
  for (const auto& info : window_presets())
    if (id == info.id) return info.preset;
  return std::nullopt;
}

WindowPreset matching_window_preset(const WindowLevel& window) {
  for (const auto& info : window_presets())
    if (info.window == window) return info.preset;
  return WindowPreset::Custom;
}

}  // namespace ctlite::widgets
