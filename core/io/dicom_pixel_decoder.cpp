#include "core/io/dicom_pixel_decoder.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcostrmb.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <gdcmImageReader.h>

#include <cstdint>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <type_traits>

#include "core/common/errors.h"
#include "core/io/dicom_file_loader.h"
#include "core/io/jpeg2000_codestream.h"
#include "core/io/jpeg_ls_frame_header.h"
#include "core/io/library_stderr_silencer.h"

namespace ctlite::core {
namespace {

// Stored values become physical ones: HU = stored * slope + intercept (PS3.3 C.11.1.1.2).
// Bits Stored below Bits Allocated leaves unused high bits that may hold overlay or garbage:
// they are masked off and the sign is extended from the top stored bit.
template <typename Word, typename Real>
void convert_frame(const Word* stored, const DicomPixelLayout& layout,
                   const DicomFramePlacement& frame, float* out) {
  const std::size_t count = layout.pixels_per_frame();
  const Real slope = static_cast<Real>(frame.rescale_slope);
  const Real intercept = static_cast<Real>(frame.rescale_intercept);
  const unsigned shift = layout.high_bit + 1u - layout.bits_stored;
  if (shift == 0 && layout.bits_stored == sizeof(Word) * 8) {
    using Signed = std::make_signed_t<Word>;
    if (layout.is_signed)
      for (std::size_t i = 0; i < count; ++i)
        out[i] = static_cast<float>(static_cast<Real>(static_cast<Signed>(stored[i])) * slope +
                                    intercept);
    else
      for (std::size_t i = 0; i < count; ++i)
        out[i] = static_cast<float>(static_cast<Real>(stored[i]) * slope + intercept);
    return;
  }
  const std::uint64_t mask = (std::uint64_t{1} << layout.bits_stored) - 1;
  const std::uint64_t sign_bit = std::uint64_t{1} << (layout.bits_stored - 1);
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint64_t bits = (static_cast<std::uint64_t>(stored[i]) >> shift) & mask;
    const std::int64_t value =
        layout.is_signed && (bits & sign_bit)
            ? static_cast<std::int64_t>(bits) - static_cast<std::int64_t>(mask) - 1
            : static_cast<std::int64_t>(bits);
    out[i] = static_cast<float>(static_cast<Real>(value) * slope + intercept);
  }
}

// `bytes` holds all frames back to back in the host's (little-endian) byte order.
void convert_frames(const std::uint8_t* bytes, const DicomImageHeader& header,
                    const std::vector<float*>& outputs) {
  const DicomPixelLayout& layout = header.layout;
  for (std::size_t k = 0; k < outputs.size(); ++k) {
    if (outputs[k] == nullptr) continue;
    const std::uint8_t* frame_bytes = bytes + k * layout.bytes_per_frame();
    const DicomFramePlacement& frame = header.frames[k];
    switch (layout.bits_allocated) {
      case 8:
        convert_frame<std::uint8_t, float>(frame_bytes, layout, frame, outputs[k]);
        break;
      case 16:
        convert_frame<std::uint16_t, float>(reinterpret_cast<const std::uint16_t*>(frame_bytes),
                                            layout, frame, outputs[k]);
        break;
      default:  // 32: single precision would round values above 2^24 before rescaling
        convert_frame<std::uint32_t, double>(reinterpret_cast<const std::uint32_t*>(frame_bytes),
                                             layout, frame, outputs[k]);
    }
  }
}

std::size_t expected_bytes(const DicomImageHeader& header) {
  return header.layout.bytes_per_frame() * static_cast<std::size_t>(header.frame_count);
}

// GDCM sizes each element's buffer from its declared length before reading the value
// (gdcm::ByteValue::SetLength), so a 6 KB file declaring a 4 GB element made it allocate and
// zero-fill 4 GB (found by fuzzing). DCMTK checks every length against the file while loading,
// so GDCM is only ever given DCMTK's re-encoding of a file that DCMTK parsed completely: every
// length in it is true.
std::string reencoded_by_dcmtk(const DicomImageHeader& header, DcmFileFormat& file) {
  std::string encoded;
  std::vector<char> buffer(std::size_t{1} << 20);
  DcmOutputBufferStream stream(buffer.data(), static_cast<offile_off_t>(buffer.size()));
  auto drain = [&] {
    void* data = nullptr;
    offile_off_t length = 0;
    stream.flushBuffer(data, length);
    encoded.append(static_cast<const char*>(data), static_cast<std::size_t>(length));
  };
  const E_TransferSyntax xfer = file.getDataset()->getOriginalXfer();
  file.transferInit();
  OFCondition status = EC_StreamNotifyClient;
  while (status == EC_StreamNotifyClient) {
    status = file.write(stream, xfer, EET_ExplicitLength, nullptr);
    drain();
  }
  file.transferEnd();
  stream.flush();
  drain();
  if (status.bad())
    throw InputError(header.path, std::string("cannot prepare the JPEG 2000 image for decoding: ") +
                                      status.text());
  return encoded;
}

// What a frame's codestream says about the image, read before any decoder sees it.
struct CodestreamSize {
  std::uint32_t width = 0;
  std::uint32_t height = 0;
  std::uint16_t components = 0;
  unsigned precision_bits = 0;
};
using CodestreamSizeReader = std::optional<CodestreamSize> (*)(const std::uint8_t*, std::size_t);

std::optional<CodestreamSize> jpeg2000_size(const std::uint8_t* bytes, std::size_t size) {
  const auto image = read_jpeg2000_image_size(bytes, size);
  if (!image) return std::nullopt;
  return CodestreamSize{image->width, image->height, image->components, image->max_precision_bits};
}

std::optional<CodestreamSize> jpeg_ls_size(const std::uint8_t* bytes, std::size_t size) {
  const auto frame = read_jpeg_ls_frame_size(bytes, size);
  if (!frame) return std::nullopt;
  return CodestreamSize{frame->width, frame->height, frame->components, frame->precision_bits};
}

// Decoders trust the codestream or the DICOM header, not both: OpenJPEG allocated over a
// gigabyte for a 64x64 image whose SIZ claimed 2883648 columns (found by fuzzing), and DCMTK's
// JPEG-LS decoder allocates and clears what Rows/Columns claim (512 MB, 8 s for a 6 KB file
// claiming 16384x16384). Every frame's codestream must declare the image the DICOM header
// describes before anything decodes it.
void check_frame_codestreams(const DicomImageHeader& header, DcmFileFormat& file, const std::string& coding,
                             CodestreamSizeReader read_size) {
  DcmElement* element = nullptr;
  if (file.getDataset()->findAndGetElement(DCM_PixelData, element).bad() || element == nullptr)
    throw InputError(header.path, "image has no Pixel Data");
  auto* pixel_data = dynamic_cast<DcmPixelData*>(element);
  DcmPixelSequence* fragments = nullptr;
  if (pixel_data == nullptr ||
      pixel_data->getEncapsulatedRepresentation(file.getDataset()->getOriginalXfer(), nullptr,
                                                fragments)
          .bad() ||
      fragments == nullptr || fragments->card() < 2)
    throw InputError(header.path, coding + " Pixel Data is not a sequence of compressed fragments");
  const DicomPixelLayout& layout = header.layout;
  long codestreams = 0;
  for (unsigned long i = 1; i < fragments->card(); ++i) {  // item 0 is the Basic Offset Table
    DcmPixelItem* fragment = nullptr;
    Uint8* bytes = nullptr;
    if (fragments->getItem(fragment, i).bad() || fragment->getUint8Array(bytes).bad()) continue;
    std::optional<CodestreamSize> size;
    try {
      size = read_size(bytes, fragment->getLength());
    } catch (const std::runtime_error& error) {
      throw InputError(header.path, "frame " + std::to_string(codestreams + 1) + ": " + error.what());
    }
    if (!size) continue;  // a later fragment of the same frame
    ++codestreams;
    if (size->width != layout.columns || size->height != layout.rows ||
        size->components != layout.samples_per_pixel ||
        size->precision_bits > layout.bits_allocated)
      throw InputError(header.path,
                       coding + " frame " + std::to_string(codestreams) + " is " +
                           std::to_string(size->width) + "x" + std::to_string(size->height) +
                           " with " + std::to_string(size->components) + " component(s) of up to " +
                           std::to_string(size->precision_bits) + " bits, but the header says " +
                           std::to_string(layout.columns) + "x" + std::to_string(layout.rows) +
                           " with " + std::to_string(layout.samples_per_pixel) + " of " +
                           std::to_string(layout.bits_allocated) + " bits");
  }
  if (codestreams != header.frame_count)
    throw InputError(header.path, coding + " Pixel Data holds " + std::to_string(codestreams) +
                                      " codestream(s) for " + std::to_string(header.frame_count) +
                                      " frame(s)");
}

void decode_with_gdcm(const DicomImageHeader& header, const std::vector<float*>& outputs) {
  DcmFileFormat file;
  load_dicom_file(file, header.path, DicomLoadExtent::Everything);
  check_frame_codestreams(header, file, "JPEG 2000", jpeg2000_size);
  std::istringstream encoded(reencoded_by_dcmtk(header, file));
  // OpenJPEG prints its complaints about a codestream to stderr itself.
  const LibraryStderrSilencer quiet_openjpeg;
  gdcm::ImageReader reader;
  reader.SetStream(encoded);
  if (!reader.Read()) throw InputError(header.path, "GDCM could not read the JPEG 2000 image");
  const gdcm::Image& image = reader.GetImage();
  const gdcm::PixelFormat& format = image.GetPixelFormat();
  const unsigned frames = image.GetNumberOfDimensions() > 2 ? image.GetDimension(2) : 1;
  if (image.GetColumns() != header.layout.columns || image.GetRows() != header.layout.rows ||
      frames != static_cast<unsigned>(header.frame_count) ||
      format.GetBitsAllocated() != header.layout.bits_allocated || format.GetSamplesPerPixel() != 1)
    throw InputError(header.path, "JPEG 2000 pixel data does not match the image header");
  const std::size_t needed = expected_bytes(header);
  if (image.GetBufferLength() != needed)
    throw InputError(header.path, "JPEG 2000 pixel data decodes to " +
                                      std::to_string(image.GetBufferLength()) + " bytes, " +
                                      std::to_string(needed) + " expected");
  std::vector<std::uint8_t> buffer(needed);
  if (!image.GetBuffer(reinterpret_cast<char*>(buffer.data())))
    throw InputError(header.path, "GDCM could not decode the JPEG 2000 pixel data");
  convert_frames(buffer.data(), header, outputs);
}

void decode_with_dcmtk(const DicomImageHeader& header, const std::vector<float*>& outputs) {
  DcmFileFormat file;
  load_dicom_file(file, header.path, DicomLoadExtent::Everything);
  DcmDataset& dataset = *file.getDataset();
  if (header.jpeg_ls) check_frame_codestreams(header, file, "JPEG-LS", jpeg_ls_size);
  if (header.encapsulated) {
    const OFCondition status = dataset.chooseRepresentation(EXS_LittleEndianExplicit, nullptr);
    if (status.bad() || !dataset.canWriteXfer(EXS_LittleEndianExplicit))
      throw InputError(header.path, "cannot decode pixel data of transfer syntax " +
                                        header.transfer_syntax_uid + ": " + status.text());
  }
  DcmElement* element = nullptr;
  if (dataset.findAndGetElement(DCM_PixelData, element).bad() || element == nullptr)
    throw InputError(header.path, "image has no Pixel Data");
  const std::size_t needed = expected_bytes(header);
  const std::size_t length = element->getLength();
  if (length < needed)
    throw InputError(header.path, "Pixel Data holds " + std::to_string(length) + " bytes, " +
                                      std::to_string(needed) + " expected for " +
                                      std::to_string(header.frame_count) + " frame(s) of " +
                                      std::to_string(header.layout.columns) + "x" +
                                      std::to_string(header.layout.rows) + "x" +
                                      std::to_string(header.layout.bits_allocated) + " bits");
  // DCMTK hands 16-bit words over in host byte order whatever the file's; 8- and 32-bit data
  // are read as bytes, which is the host order only for little-endian files.
  const std::uint8_t* bytes = nullptr;
  if (header.layout.bits_allocated == 16) {
    Uint16* words = nullptr;
    if (element->getUint16Array(words).good()) bytes = reinterpret_cast<const std::uint8_t*>(words);
  } else {
    Uint8* raw = nullptr;
    if (element->getUint8Array(raw).good()) bytes = raw;
  }
  if (bytes == nullptr) throw InputError(header.path, "Pixel Data cannot be read");
  convert_frames(bytes, header, outputs);
}

}  // namespace

void decode_dicom_frames(const DicomImageHeader& header, const std::vector<float*>& outputs) {
  if (outputs.size() != static_cast<std::size_t>(header.frame_count))
    throw std::logic_error("decode_dicom_frames: one output per frame expected");
  if (header.layout.bits_allocated == 32 && header.big_endian)
    throw InputError(header.path, "32-bit big-endian pixel data is not supported");
  if (header.jpeg2000)
    decode_with_gdcm(header, outputs);
  else
    decode_with_dcmtk(header, outputs);
}

}  // namespace ctlite::core
