#pragma once
// One-time, thread-safe set-up of the DICOM libraries shared by the reader and the writer.

namespace ctlite::core {

// Registers DCMTK's decoders and encoders (JPEG, JPEG-LS, RLE) exactly once per process and
// quiets DCMTK's and GDCM's own console logging: every problem reaches the user as an
// InputError/OutputError naming the file instead. Safe to call from any thread, any number of
// times.
void ensure_dicom_codecs_registered();

}  // namespace ctlite::core
