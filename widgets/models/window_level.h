#pragma once
// Display windows in Hounsfield units and the radiological presets.

#include <optional>
#include <string>
#include <vector>

namespace ctlite::widgets {

struct WindowLevel {
  double center = -600.0;
  double width = 1500.0;
  double lower() const { return center - width / 2.0; }
  double upper() const { return center + width / 2.0; }
  bool operator==(const WindowLevel& other) const {
    return center == other.center && width == other.width;
  }
};

enum class WindowPreset { Lung, Mediastinum, Bone, SoftTissue, Custom };

struct WindowPresetInfo {
  WindowPreset preset;
  const char* id;     // stable name for settings and --preset ("lung")
  const char* label;  // English label; translated with QCoreApplication::translate("WindowPreset", ...)
  WindowLevel window;
};

// Lung is first: it is the paper's window and the viewer's default for chest CT.
const std::vector<WindowPresetInfo>& window_presets();
const WindowPresetInfo* find_window_preset(WindowPreset preset);
std::optional<WindowPreset> window_preset_from_id(const std::string& id);
// The preset whose window equals `window`, or Custom.
WindowPreset matching_window_preset(const WindowLevel& window);

// The narrowest window a drag may reach: 1 HU still shows a threshold image.
constexpr double kMinimumWindowWidth = 1.0;

}  // namespace ctlite::widgets
