#pragma once
// A folder of 8-bit JPEG slices (.jpg/.jpeg, natural numeric order: slice2 before slice10),
// with an optional stack.json sidecar, as a WindowedGray Volume.

#include <string>
#include <vector>

#include "core/common/progress.h"
#include "core/io/read_notes.h"
#include "core/volume/volume.h"

namespace ctlite::core {

// The slice files of `folder` in volume order (full paths). Empty when there are none.
std::vector<std::string> list_jpeg_slices(const std::string& folder);

// Voxels are the gray levels 0..255; stored_window says which HU window they encode. Without a
// sidecar: 1 mm spacing, origin 0, identity axes, the default (lung) window, and a note.
Volume read_jpeg_stack(const std::string& folder, const ctlite::Progress& progress = {},
                       ReadNotes* notes = nullptr);

}  // namespace ctlite::core
