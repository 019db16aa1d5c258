#pragma once
// Reads the frame size (SOF55 marker segment) at the head of a JPEG-LS codestream, so that a
// DICOM frame whose codestream disagrees with Rows/Columns is refused before DCMTK's CharLS
// decoder allocates and clears a buffer for the size the DICOM header claims
// (ISO/IEC 14495-1 Annex C.2.2).

#include <cstddef>
#include <cstdint>
#include <optional>

namespace ctlite::core {

struct JpegLsFrameSize {
  std::uint32_t width = 0;   // X
  std::uint32_t height = 0;  // Y (0: given later in a DNL marker)
  std::uint16_t components = 0;
  unsigned precision_bits = 0;  // P
};

// nullopt when the bytes do not start a codestream (SOI), e.g. a continuation fragment of a
// frame. A codestream whose markers before the frame header are truncated, or that has no
// SOF55 before its first scan, throws std::runtime_error with the reason.
std::optional<JpegLsFrameSize> read_jpeg_ls_frame_size(const std::uint8_t* bytes, std::size_t size);

}  // namespace ctlite::core
