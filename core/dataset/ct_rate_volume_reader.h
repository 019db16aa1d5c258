#pragma once
// A CT-RATE volume: a NIfTI whose header may be blank (pixdim 1, no scaling) plus its row of the
// metadata CSV, which holds the true spacing and the DICOM rescale to Hounsfield units.

#include <string>

#include "core/common/progress.h"
#include "core/dataset/ct_rate_metadata.h"
#include "core/io/read_notes.h"
#include "core/volume/volume.h"

namespace ctlite::core {

// Spacing = (XYSpacing column, XYSpacing row, ZSpacing) and HU = RescaleSlope * value +
// RescaleIntercept from the CSV row named like the file, applied to the header-scaled values
// exactly as CT-CLIP does; orientation and origin from the NIfTI header. Notes say which source
// gave what. InputError naming the CSV when it has no row for the file.
Volume read_ct_rate_volume(const std::string& nifti_path, const CtRateMetadata& metadata,
                           const ctlite::Progress& progress = {}, ReadNotes* notes = nullptr);

}  // namespace ctlite::core
