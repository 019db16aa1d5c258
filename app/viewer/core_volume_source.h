#pragma once
// Plugs core's readers (core/io/volume_reader.h) into the viewer's loader.

#include "widgets/io/volume_source.h"

namespace ctlite::viewer {

widgets::VolumeSource core_volume_source();

}  // namespace ctlite::viewer
