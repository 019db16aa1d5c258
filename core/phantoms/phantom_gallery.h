#pragma once
// A picture book of synthetic phantoms for judging their realism: one PNG sheet per CT-RATE
// finding (each row a sampled phantom that has it, centred on where it was drawn), a sheet of
// overall anatomy with coronal reformats, and a README.md saying what every row shows.

#include <cstdint>
#include <string>

#include "core/common/progress.h"
#include "core/phantoms/phantom_spec.h"

namespace ctlite::core {

struct PhantomGalleryOptions {
  std::uint64_t seed = 1;
  PhantomSize size = PhantomSize::Full;
  int per_finding = 2;  // rows per finding sheet
  int tile_px = 160;
  int search_limit = 600;  // sampled specs to look through for phantoms with a finding
  int threads = 0;
};

// Writes the sheets into `out_dir`, which must not exist (built beside it, renamed when
// complete). OutputError naming the path on failure.
void write_phantom_gallery(const std::string& out_dir, const PhantomGalleryOptions& options,
                           const ctlite::Progress& progress = {});

// File-name form of a finding name: "Pleural effusion" -> "pleural_effusion".
std::string finding_file_stem(Finding finding);

}  // namespace ctlite::core
