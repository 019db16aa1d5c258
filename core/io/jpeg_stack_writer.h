#pragma once
// Writes a Hounsfield Volume as a JPEG slice stack: one 8-bit slice per z (gray levels of the
// given window), stack.json (geometry, window, quality) and manifest.json (file sizes), all
// into a NEW folder that appears only once complete.

#include <cstdint>
#include <string>

#include "core/common/progress.h"
#include "core/volume/volume.h"

namespace ctlite::core {

struct JpegStackWriteOptions {
  DisplayWindow window;            // default: the paper's lung window (-600, 1500)
  int quality = 90;                // libjpeg quality 1..100
  std::string source_description;  // stored in stack.json "source"
};

struct JpegStackSummary {
  int slice_count = 0;
  std::uint64_t jpeg_bytes = 0;  // all slices together
  std::uint64_t raw_bytes = 0;   // the same voxels as 16-bit integers, for the ratio
};


// `folder` must not exist. InputError when `volume` is not in Hounsfield units; OutputError
// naming the folder when it cannot be written.
JpegStackSummary write_jpeg_stack(const Volume& volume, const std::string& folder,
                                  const JpegStackWriteOptions& options = {},
                                  const ctlite::Progress& progress = {});

}  // namespace ctlite::core
