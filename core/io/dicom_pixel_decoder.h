#pragma once
// Decodes the stored pixels of one DICOM image file into rescaled float frames.

#include <vector>

#include "core/io/dicom_image_header.h"

namespace ctlite::core {

// Writes frame k of the file, as rows*columns floats with the frame's Rescale Slope/Intercept
// applied, to outputs[k]; a null outputs[k] skips that frame. Native and DCMTK-decodable
// syntaxes (deflate, JPEG, JPEG-LS, RLE) go through DCMTK, JPEG 2000 through GDCM.
// Throws InputError(path, reason) for missing, short or undecodable pixel data.
void decode_dicom_frames(const DicomImageHeader& header, const std::vector<float*>& outputs);

}  // namespace ctlite::core
