#pragma once
// NIfTI and .npy carry no unit. A chest CT in Hounsfield units always contains air at about
// -1000 HU (outside the body, in the lungs); MR and other images essentially never do. Readers
// of such formats label the volume with this test, and say so in a note.

#include <string>
#include <vector>

#include "core/io/read_notes.h"
#include "core/volume/volume.h"

namespace ctlite::core {

bool looks_like_hounsfield(const std::vector<float>& voxels);

// Sets volume.unit to Hounsfield (and modality CT) or Unknown, with a note naming `format`.
void label_unit_from_values(Volume& volume, const std::string& format, ReadNotes* notes);

}  // namespace ctlite::core
