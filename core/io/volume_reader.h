#pragma once
// The one entry point that turns a user's path into a Volume: it recognises the format from the
// file's content (not its name) and calls the matching reader.

#include <cstddef>
#include <string>
#include <vector>

#include "core/common/progress.h"
#include "core/io/read_notes.h"
#include "core/volume/volume.h"

namespace ctlite::core {

enum class VolumeFormat { Dicom, Nifti, JpegStack, Npz };

// "dicom", "nifti", "jpeg-stack", "npz" (as in Volume::source_format).
const char* volume_format_name(VolumeFormat format);

// A folder of .jpg/.jpeg slices is a JPEG stack, any other folder DICOM; a file is recognised by
// its first bytes (NIfTI sizeof_hdr, plain or gzip; zip; DICM preamble or a DICOM data set).
// InputError naming the path when it does not exist or is none of these.
VolumeFormat detect_volume_format(const std::string& path);

struct SeriesSummary {
  std::string uid;          // Series Instance UID for DICOM; empty for single-volume formats
  std::string description;  // series description, or the format's name
  std::string modality;
  std::size_t images = 0;  // DICOM images, or slices of the volume
};

// Every series the path holds (DICOM: all series of the folder; other formats: the one volume,
// described from its header without reading voxels).
std::vector<SeriesSummary> list_series(const std::string& path);

struct VolumeReadOptions {
  std::string series_uid;    // DICOM only: which series of a folder holding several
  std::string metadata_csv;  // NIfTI only: CT-RATE metadata CSV for spacing and HU rescale
};

// InputError naming the file for unknown formats and for options that do not apply to it.
// `notes` (optional) receives what the reader assumed or dropped.
Volume read_volume(const std::string& path, const VolumeReadOptions& options = {},
                   const ctlite::Progress& progress = {}, ReadNotes* notes = nullptr);

}  // namespace ctlite::core
