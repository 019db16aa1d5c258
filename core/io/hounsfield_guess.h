#pragma once
// NIfTI and .npy carry no unit. A chest CT in Hounsfield units always contains air at about
// -1000 HU (outside the body, in the lungs); MR and other images essentially never do. Readers
// use this to label a volume Hounsfield or Unknown, and say so in a note.

#include <vector>

namespace ctlite::core {

bool looks_like_hounsfield(const std::vector<float>& voxels);

}  // namespace ctlite::core
