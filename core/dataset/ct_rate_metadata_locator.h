#pragma once
// Finds the CT-RATE metadata CSV that belongs to a CT-RATE volume. CT-RATE's NIfTI headers carry
// placeholder spacing and raw stored values; the true spacing and the rescale to Hounsfield units
// live in <dataset>/metadata/{train,validation}_metadata.csv (the layout `ctlite synth` writes
// too). Opening train_1_a_1.nii.gz from its dataset folder must show Hounsfield units without the
// user hunting for that CSV.

#include <optional>
#include <string>

#include "core/dataset/ct_rate_metadata.h"

namespace ctlite::core {

struct LocatedCtRateMetadata {
  std::string path;          // the CSV
  CtRateMetadata metadata;   // already parsed: CT-RATE's CSVs are large, read them once
};

// For a file named like CT-RATE (<split>_<patient>_<scan>_<recon>.nii.gz): walks up from its
// folder (at most kMetadataSearchLevels levels) and returns the first `metadata/*.csv` that has
// a row for this volume. nullopt for other names or when no CSV lists it. InputError naming the
// CSV when a candidate CSV is malformed.
std::optional<LocatedCtRateMetadata> locate_ct_rate_metadata(const std::string& volume_path);

// <root>/<split>/<split>_<pt>/<split>_<pt>_<scan>/<name> sits four levels below <root>; one
// more covers a metadata folder beside the dataset folder.
inline constexpr int kMetadataSearchLevels = 5;

}  // namespace ctlite::core
