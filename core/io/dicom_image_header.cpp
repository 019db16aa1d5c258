#include "core/io/dicom_image_header.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "core/common/errors.h"

namespace ctlite::core {
namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

// All values of a string-like attribute, backslash-joined as stored; empty when absent.
std::string text_of(DcmItem& item, const DcmTagKey& tag) {
  OFString value;
  if (item.findAndGetOFStringArray(tag, value).bad()) return {};
  return trimmed(value);
}

std::vector<std::string> split_values(const std::string& text) {
  std::vector<std::string> values;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find('\\', start);
    values.push_back(trimmed(text.substr(start, end == std::string::npos ? end : end - start)));
    if (end == std::string::npos) return values;
    start = end + 1;
  }
}

std::string tag_label(const DcmTagKey& tag) {
  DcmTag dictionary_tag(tag);
  return std::string(dictionary_tag.getTagName()) + " " + tag.toString();
}

// DS values parsed strictly: DCMTK's own getFloat64 accepts "12abc" as 12, and a silently
// misread position or rescale slope yields a wrong volume instead of an error.
std::optional<std::vector<double>> decimals_of(DcmItem& item, const DcmTagKey& tag,
                                               std::size_t expected_count,
                                               const std::string& path) {
  const std::string text = text_of(item, tag);
  if (text.empty()) return std::nullopt;
  std::vector<double> numbers;
  for (const std::string& value : split_values(text)) {
    char* end = nullptr;
    errno = 0;
    const double number = std::strtod(value.c_str(), &end);
    if (value.empty() || *end != '\0' || errno == ERANGE || !std::isfinite(number))
      throw InputError(path, tag_label(tag) + " value '" + value + "' is not a number");
    numbers.push_back(number);
  }
  if (expected_count != 0 && numbers.size() != expected_count)
    throw InputError(path, tag_label(tag) + " has " + std::to_string(numbers.size()) + " values, " +
                               std::to_string(expected_count) + " expected");
  return numbers;
}

std::optional<double> decimal_of(DcmItem& item, const DcmTagKey& tag, const std::string& path) {
  const auto values = decimals_of(item, tag, 1, path);
  if (!values) return std::nullopt;
  return values->front();
}

std::optional<long long> integer_of(DcmItem& item, const DcmTagKey& tag, const std::string& path) {
  const std::string text = text_of(item, tag);
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  const long long number = std::strtoll(text.c_str(), &end, 10);
  if (*end != '\0' || errno == ERANGE)
    throw InputError(path, tag_label(tag) + " value '" + text + "' is not an integer");
  return number;
}

template <std::size_t N>
std::optional<std::array<double, N>> fixed_decimals_of(DcmItem& item, const DcmTagKey& tag,
                                                       const std::string& path) {
  const auto values = decimals_of(item, tag, N, path);
  if (!values) return std::nullopt;
  std::array<double, N> fixed{};
  for (std::size_t i = 0; i < N; ++i) fixed[i] = (*values)[i];
  return fixed;
}

std::uint16_t required_us(DcmItem& item, const DcmTagKey& tag, const std::string& path) {
  Uint16 value = 0;
  if (item.findAndGetUint16(tag, value).bad())
    throw InputError(path, "image has no valid " + tag_label(tag));
  return value;
}

// The first item of a functional-group macro for one frame: per-frame groups override the
// shared ones (PS3.3 C.7.6.16).
DcmItem* functional_group(DcmItem* per_frame, DcmItem* shared, const DcmTagKey& macro) {
  DcmItem* found = nullptr;
  if (per_frame && per_frame->findAndGetSequenceItem(macro, found, 0).good() && found) return found;
  if (shared && shared->findAndGetSequenceItem(macro, found, 0).good() && found) return found;
  return nullptr;
}

void read_rescale(DcmItem& item, DicomFramePlacement& placement, const std::string& path) {
  const auto intercept = decimal_of(item, DCM_RescaleIntercept, path);
  const auto slope = decimal_of(item, DCM_RescaleSlope, path);
  if (!intercept && !slope) return;
  placement.has_rescale = true;
  placement.rescale_intercept = intercept.value_or(0.0);
  placement.rescale_slope = slope.value_or(1.0);
  if (placement.rescale_slope == 0.0) throw InputError(path, "Rescale Slope is zero");
}

VolumeMetadata read_identity(DcmDataset& dataset) {
  VolumeMetadata identity;
  identity.patient_name = text_of(dataset, DCM_PatientName);
  identity.patient_id = text_of(dataset, DCM_PatientID);
  identity.patient_birth_date = text_of(dataset, DCM_PatientBirthDate);
  identity.patient_sex = text_of(dataset, DCM_PatientSex);
  identity.study_instance_uid = text_of(dataset, DCM_StudyInstanceUID);
  identity.study_id = text_of(dataset, DCM_StudyID);
  identity.study_date = text_of(dataset, DCM_StudyDate);
  identity.study_time = text_of(dataset, DCM_StudyTime);
  identity.study_description = text_of(dataset, DCM_StudyDescription);
  identity.accession_number = text_of(dataset, DCM_AccessionNumber);
  identity.referring_physician = text_of(dataset, DCM_ReferringPhysicianName);
  identity.series_instance_uid = text_of(dataset, DCM_SeriesInstanceUID);
  identity.series_number = text_of(dataset, DCM_SeriesNumber);
  identity.series_description = text_of(dataset, DCM_SeriesDescription);
  identity.frame_of_reference_uid = text_of(dataset, DCM_FrameOfReferenceUID);
  identity.modality = text_of(dataset, DCM_Modality);
  identity.manufacturer = text_of(dataset, DCM_Manufacturer);
  identity.institution_name = text_of(dataset, DCM_InstitutionName);
  identity.convolution_kernel = text_of(dataset, DCM_ConvolutionKernel);
  identity.sop_class_uid = text_of(dataset, DCM_SOPClassUID);
  return identity;
}

// Text in other character sets becomes UTF-8 so names display correctly; a failed conversion
// (unknown charset, DCMTK built without iconv) leaves the raw bytes, which is only cosmetic.
void convert_text_to_utf8(DcmFileFormat& file) {
  const std::string charset = text_of(*file.getDataset(), DCM_SpecificCharacterSet);
  if (charset.empty() || charset == "ISO_IR 6" || charset == "ISO_IR 192") return;
  (void)file.convertToUTF8();
}

void read_pixel_layout(DcmDataset& dataset, DicomImageHeader& header) {
  const std::string& path = header.path;
  DicomPixelLayout& layout = header.layout;
  layout.rows = required_us(dataset, DCM_Rows, path);
  layout.columns = required_us(dataset, DCM_Columns, path);
  layout.bits_allocated = required_us(dataset, DCM_BitsAllocated, path);
  Uint16 value = 0;
  layout.bits_stored =
      dataset.findAndGetUint16(DCM_BitsStored, value).good() ? value : layout.bits_allocated;
  layout.high_bit = dataset.findAndGetUint16(DCM_HighBit, value).good()
                        ? value
                        : static_cast<std::uint16_t>(layout.bits_stored - 1);
  layout.is_signed = dataset.findAndGetUint16(DCM_PixelRepresentation, value).good() && value == 1;
  layout.samples_per_pixel =
      dataset.findAndGetUint16(DCM_SamplesPerPixel, value).good() ? value : 1;
  layout.photometric_interpretation = text_of(dataset, DCM_PhotometricInterpretation);

  if (layout.rows == 0 || layout.columns == 0)
    throw InputError(path, "image has zero Rows or Columns");
  if (layout.samples_per_pixel != 1 || (!layout.photometric_interpretation.empty() &&
                                        layout.photometric_interpretation != "MONOCHROME1" &&
                                        layout.photometric_interpretation != "MONOCHROME2"))
    throw InputError(path, "colour image (Photometric Interpretation '" +
                               layout.photometric_interpretation + "', " +
                               std::to_string(layout.samples_per_pixel) +
                               " samples per pixel) cannot be read as a grey-level volume");
  if (layout.bits_allocated != 8 && layout.bits_allocated != 16 && layout.bits_allocated != 32)
    throw InputError(path, "unsupported Bits Allocated " + std::to_string(layout.bits_allocated) +
                               " (8, 16 or 32 supported)");
  if (layout.bits_stored == 0 || layout.bits_stored > layout.bits_allocated ||
      layout.high_bit >= layout.bits_allocated || layout.high_bit + 1 < layout.bits_stored)
    throw InputError(path, "inconsistent Bits Stored " + std::to_string(layout.bits_stored) +
                               " / High Bit " + std::to_string(layout.high_bit) +
                               " for Bits Allocated " + std::to_string(layout.bits_allocated));
}

// The fewest bytes one compressed grey-level frame can occupy: an 8-byte fragment item plus the
// least its coding spends, whatever the image. Codings without such a floor (JPEG 2000, and any
// syntax not listed) get the fragment item only and rely on the voxel limit.
std::uintmax_t minimum_compressed_frame_bytes(const std::string& transfer_syntax,
                                              const DicomPixelLayout& layout) {
  constexpr std::uintmax_t kFragmentItem = 8;
  const std::uintmax_t pixels = layout.pixels_per_frame();
  // RLE (PS3.5 G.3): a 64-byte segment table, and a two-byte replicate run yields at most 128
  // bytes of one segment.
  if (transfer_syntax == UID_RLELosslessTransferSyntax)
    return kFragmentItem + 64 + layout.bytes_per_frame() / 64;
  // Huffman-coded DCT (baseline, extended): at least one bit per 8x8 block.
  if (transfer_syntax == UID_JPEGProcess1TransferSyntax ||
      transfer_syntax == UID_JPEGProcess2_4TransferSyntax)
    return kFragmentItem + pixels / 512;
  // Huffman-coded lossless JPEG: at least one bit per sample (no run coding).
  if (transfer_syntax == UID_JPEGProcess14TransferSyntax ||
      transfer_syntax == UID_JPEGProcess14SV1TransferSyntax)
    return kFragmentItem + pixels / 8;
  // JPEG-LS: run mode codes up to 32768 equal samples in one bit but never runs past the end of
  // a line, so every line costs at least one bit.
  if (transfer_syntax == UID_JPEGLSLosslessTransferSyntax ||
      transfer_syntax == UID_JPEGLSLossyTransferSyntax)
    return kFragmentItem + layout.rows / 8;
  return kFragmentItem;
}

void read_frame_count(DcmDataset& dataset, DicomImageHeader& header) {
  const auto frames = integer_of(dataset, DCM_NumberOfFrames, header.path);
  header.frame_count = frames.value_or(1);
  if (header.frame_count < 1)
    throw InputError(header.path, "Number of Frames is " + std::to_string(header.frame_count));
  // Checked before anything is sized by the frame count: hostile headers claim billions.
  const std::size_t pixels = header.layout.pixels_per_frame();
  if (static_cast<std::size_t>(header.frame_count) > kMaxVoxelCount / pixels)
    throw InputError(header.path, "image claims " + std::to_string(header.frame_count) +
                                      " frames of " + std::to_string(header.layout.columns) + "x" +
                                      std::to_string(header.layout.rows) +
                                      ", beyond the 2^31-voxel limit");
  // The voxel limit alone lets a few-KB header claim 2^31 one-pixel frames (a 300 GB frame
  // table) or an 8 GB volume, allocated and cleared before decoding finds the data missing.
  // Uncompressed frames must fit in the file; compressed ones need at least what their coding
  // spends on the least compressible image (minimum_compressed_frame_bytes).
  std::error_code error;
  const std::uintmax_t file_size = std::filesystem::file_size(header.path, error);
  if (error) return;  // not a regular file: the pixel data read finds any truncation
  const std::uintmax_t frame_count = static_cast<std::uintmax_t>(header.frame_count);
  const std::uintmax_t needed =
      frame_count * (header.encapsulated
                         ? minimum_compressed_frame_bytes(header.transfer_syntax_uid, header.layout)
                         : header.layout.bytes_per_frame());
  if (needed > file_size)
    throw InputError(header.path,
                     "file is truncated: its " + std::to_string(header.frame_count) +
                         " frame(s) of " + std::to_string(header.layout.columns) + "x" +
                         std::to_string(header.layout.rows) + " need " +
                         (header.encapsulated ? "at least " : "") + std::to_string(needed) +
                         " bytes of pixel data but the file has " + std::to_string(file_size));
}

// Legacy multi-frame objects give one position for frame 0; the others follow along the
// normal, either at the offsets of Grid Frame Offset Vector (RT Dose, when the Frame Increment
// Pointer names it) or at Spacing Between Slices. Without either the frames stay unplaced and
// the series reader refuses to guess.
void place_legacy_frames(DcmDataset& dataset, DicomImageHeader& header) {
  DicomFramePlacement& first = header.frames.front();
  if (header.frame_count == 1 || !first.position || !first.orientation) return;
  const auto& o = *first.orientation;
  const std::array<double, 3> normal{o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5],
                                     o[0] * o[4] - o[1] * o[3]};
  std::vector<double> offsets;
  DcmElement* increment_pointer = nullptr;
  DcmTagKey increment;
  if (dataset.findAndGetElement(DCM_FrameIncrementPointer, increment_pointer).good() &&
      increment_pointer->getTagVal(increment, 0).good() && increment == DCM_GridFrameOffsetVector) {
    const auto grid = decimals_of(dataset, DCM_GridFrameOffsetVector,
                                  static_cast<std::size_t>(header.frame_count), header.path);
    // The first offset is 0 (relative) or frame 0's own coordinate (absolute): both cases
    // become relative to frame 0, whose position is Image Position (Patient).
    if (grid)
      for (double offset : *grid) offsets.push_back(offset - grid->front());
  } else if (header.spacing_between_slices && *header.spacing_between_slices != 0.0) {
    for (std::int64_t k = 0; k < header.frame_count; ++k)
      offsets.push_back(static_cast<double>(k) * *header.spacing_between_slices);
  }
  if (offsets.empty()) return;
  for (std::int64_t k = 1; k < header.frame_count; ++k) {
    DicomFramePlacement& frame = header.frames[static_cast<std::size_t>(k)];
    std::array<double, 3> position = *first.position;
    for (int axis = 0; axis < 3; ++axis)
      position[axis] += offsets[static_cast<std::size_t>(k)] * normal[axis];
    frame.position = position;
  }
}

// Enhanced multi-frame objects (Enhanced CT/MR, PS3.3 C.7.6.16) carry position, orientation,
// spacing and rescale per frame in functional groups.
void place_enhanced_frames(DcmDataset& dataset, DicomImageHeader& header) {
  DcmSequenceOfItems* per_frame = nullptr;
  if (dataset.findAndGetSequence(DCM_PerFrameFunctionalGroupsSequence, per_frame).bad() ||
      per_frame == nullptr)
    return;
  if (static_cast<std::int64_t>(per_frame->card()) != header.frame_count)
    throw InputError(header.path, "Per-frame Functional Groups Sequence has " +
                                      std::to_string(per_frame->card()) + " items for " +
                                      std::to_string(header.frame_count) + " frames");
  DcmItem* shared = nullptr;
  if (dataset.findAndGetSequenceItem(DCM_SharedFunctionalGroupsSequence, shared, 0).bad())
    shared = nullptr;
  for (std::int64_t k = 0; k < header.frame_count; ++k) {
    DcmItem* item = per_frame->getItem(static_cast<unsigned long>(k));
    DicomFramePlacement& frame = header.frames[static_cast<std::size_t>(k)];
    if (DcmItem* group = functional_group(item, shared, DCM_PlanePositionSequence))
      frame.position = fixed_decimals_of<3>(*group, DCM_ImagePositionPatient, header.path);
    if (DcmItem* group = functional_group(item, shared, DCM_PlaneOrientationSequence))
      frame.orientation = fixed_decimals_of<6>(*group, DCM_ImageOrientationPatient, header.path);
    if (DcmItem* group = functional_group(item, shared, DCM_PixelMeasuresSequence)) {
      if (auto spacing = fixed_decimals_of<2>(*group, DCM_PixelSpacing, header.path))
        frame.pixel_spacing = spacing;
      if (!header.slice_thickness)
        header.slice_thickness = decimal_of(*group, DCM_SliceThickness, header.path);
      if (!header.spacing_between_slices)
        header.spacing_between_slices = decimal_of(*group, DCM_SpacingBetweenSlices, header.path);
    }
    if (DcmItem* group = functional_group(item, shared, DCM_PixelValueTransformationSequence))
      read_rescale(*group, frame, header.path);
  }
}

}  // namespace

std::optional<DicomImageHeader> parse_dicom_image_header(DcmFileFormat& file,
                                                         const std::string& path) {
  DcmDataset& dataset = *file.getDataset();
  Uint16 rows = 0;
  Uint16 columns = 0;
  if (dataset.findAndGetUint16(DCM_Rows, rows).bad() &&
      dataset.findAndGetUint16(DCM_Columns, columns).bad())
    return std::nullopt;

  DicomImageHeader header;
  header.path = path;
  const DcmXfer transfer_syntax(dataset.getOriginalXfer());
  header.transfer_syntax_uid = text_of(*file.getMetaInfo(), DCM_TransferSyntaxUID);
  if (header.transfer_syntax_uid.empty()) header.transfer_syntax_uid = transfer_syntax.getXferID();
  if (transfer_syntax.getXfer() == EXS_Unknown)
    throw InputError(path, "unknown transfer syntax '" + header.transfer_syntax_uid + "'");
  header.big_endian = transfer_syntax.isBigEndian();
  header.encapsulated = transfer_syntax.isEncapsulated();
  const E_TransferSyntax xfer = transfer_syntax.getXfer();
  header.jpeg2000 = xfer == EXS_JPEG2000LosslessOnly || xfer == EXS_JPEG2000 ||
                    xfer == EXS_JPEG2000MulticomponentLosslessOnly ||
                    xfer == EXS_JPEG2000Multicomponent;
  header.jpeg_ls = xfer == EXS_JPEGLSLossless || xfer == EXS_JPEGLSLossy;

  convert_text_to_utf8(file);
  header.identity = read_identity(dataset);
  header.sop_instance_uid = text_of(dataset, DCM_SOPInstanceUID);
  header.instance_number = integer_of(dataset, DCM_InstanceNumber, path);
  header.slice_thickness = decimal_of(dataset, DCM_SliceThickness, path);
  header.spacing_between_slices = decimal_of(dataset, DCM_SpacingBetweenSlices, path);

  read_pixel_layout(dataset, header);
  read_frame_count(dataset, header);

  DicomFramePlacement common;
  common.position = fixed_decimals_of<3>(dataset, DCM_ImagePositionPatient, path);
  common.orientation = fixed_decimals_of<6>(dataset, DCM_ImageOrientationPatient, path);
  common.pixel_spacing = fixed_decimals_of<2>(dataset, DCM_PixelSpacing, path);
  read_rescale(dataset, common, path);
  header.frames.assign(static_cast<std::size_t>(header.frame_count), DicomFramePlacement{});
  header.frames.front() = common;
  for (DicomFramePlacement& frame : header.frames) {
    // Every frame shares the file-level orientation, spacing and rescale; positions beyond
    // frame 0 come from the multi-frame rules below.
    frame.orientation = common.orientation;
    frame.pixel_spacing = common.pixel_spacing;
    frame.rescale_slope = common.rescale_slope;
    frame.rescale_intercept = common.rescale_intercept;
    frame.has_rescale = common.has_rescale;
  }
  place_legacy_frames(dataset, header);
  place_enhanced_frames(dataset, header);
  return header;
}

}  // namespace ctlite::core
