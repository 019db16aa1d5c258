// Hostile DICOM files found by fuzzing (tests/fuzz): each must be refused with an InputError,
// quickly and without allocating what the file merely claims.

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/io/dicom_series_reader.h"
#include "dicom_test_support.h"

namespace ctlite::core {
namespace {

using dicom_test::dicom_data;
using dicom_test::expect_input_error;
using testing::ScratchDir;

std::string read_bytes(const std::string& path) {
  std::ifstream stream(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
}

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string little_endian_32(std::uint32_t value) {
  std::string bytes(4, '\0');
  for (int i = 0; i < 4; ++i) bytes[i] = static_cast<char>((value >> (8 * i)) & 0xFF);
  return bytes;
}

// The process's peak resident set so far, in MiB.
double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

TEST(DicomHostileInput, JpegTwoThousandFileDeclaringAFourGigabyteElementIsRefusedCheaply) {
  // A Data Set Trailing Padding element after the Pixel Data declaring 0xFFFFFFF0 bytes. GDCM
  // allocated and zeroed the declared 4 GB before noticing the file ends (then hit an assertion
  // after ~3 minutes); DCMTK's length checks now reject the file before GDCM sees it.
  ScratchDir scratch;
  const std::string path = scratch.file("padded.dcm");
  write_bytes(path, read_bytes(dicom_data("encodings/MR_small_jp2klossless.dcm")) +
                        std::string("\xFC\xFF\xFC\xFFOB\0\0", 8) + little_endian_32(0xFFFFFFF0u) +
                        std::string(16, '\0'));
  const double peak_before = peak_rss_mib();
  const InputError error = expect_input_error([&] { read_dicom_series(path); });
  EXPECT_EQ(error.path(), path);
  EXPECT_LT(peak_rss_mib() - peak_before, 512.0) << "the declared length was allocated";
}

// A one-byte image claiming `frames` frames of rows x columns 8-bit pixels.
std::string save_image_claiming(const ScratchDir& scratch, const std::string& name,
                                std::uint16_t rows, std::uint16_t columns, const char* frames) {
  DcmFileFormat file;
  DcmDataset& dataset = *file.getDataset();
  dataset.putAndInsertString(DCM_SOPClassUID, "1.2.840.10008.5.1.4.1.1.2");
  dataset.putAndInsertString(DCM_SOPInstanceUID, "1.2.826.0.1.3680043.8.498.7.1");
  dataset.putAndInsertString(DCM_SeriesInstanceUID, "1.2.826.0.1.3680043.8.498.7");
  dataset.putAndInsertString(DCM_Modality, "CT");
  dataset.putAndInsertUint16(DCM_Rows, rows);
  dataset.putAndInsertUint16(DCM_Columns, columns);
  dataset.putAndInsertUint16(DCM_SamplesPerPixel, 1);
  dataset.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
  dataset.putAndInsertUint16(DCM_BitsAllocated, 8);
  dataset.putAndInsertUint16(DCM_BitsStored, 8);
  dataset.putAndInsertUint16(DCM_HighBit, 7);
  dataset.putAndInsertUint16(DCM_PixelRepresentation, 0);
  dataset.putAndInsertString(DCM_NumberOfFrames, frames);
  const Uint8 pixel[2] = {0, 0};
  dataset.putAndInsertUint8Array(DCM_PixelData, pixel, 2);
  const std::string path = scratch.file(name);
  EXPECT_TRUE(file.saveFile(path.c_str(), EXS_LittleEndianExplicit).good());
  return path;
}

TEST(DicomHostileInput, BillionsOfFramesInATinyFileAreRefusedWhileScanning) {
  // Within the voxel limit (2e9 one-pixel frames) but the per-frame table alone would take
  // hundreds of GB: scanning threw std::bad_alloc out of the folder scan.
  ScratchDir scratch;
  const std::string path = save_image_claiming(scratch, "frames.dcm", 1, 1, "2000000000");
  std::vector<DicomFileProblem> problems;
  EXPECT_TRUE(scan_dicom_series(path, problems).empty());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems.front().reason.find("truncated"), std::string::npos) << problems.front().reason;
  const InputError error = expect_input_error([&] { read_dicom_series(path); });
  EXPECT_NE(error.problem().find("2000000000 frame(s)"), std::string::npos) << error.what();
}

TEST(DicomHostileInput, UncompressedPixelsTheFileCannotHoldAreRefusedBeforeAllocating) {
  // 65535 x 32767 pixels = 2 GB of 8-bit data in a file of a few hundred bytes: the reader
  // allocated the 8 GB float volume before it looked at the Pixel Data.
  ScratchDir scratch;
  const std::string path = save_image_claiming(scratch, "huge.dcm", 65535, 32767, "1");
  const double peak_before = peak_rss_mib();
  const InputError error = expect_input_error([&] { read_dicom_series(path); });
  EXPECT_NE(error.problem().find("truncated"), std::string::npos) << error.what();
  EXPECT_LT(peak_rss_mib() - peak_before, 512.0);
}

TEST(DicomHostileInput, CompressedFramesTooSmallForTheirCodingAreRefusedBeforeAllocating) {
  // Found by fuzzing: small RLE / JPEG files whose Rows and Columns were raised to 16384. Each
  // coding spends a minimum per pixel, block or line that a few hundred bytes cannot hold; the
  // reader cleared a 1 GiB volume before the decoder failed (20 s on a loaded machine).
  for (const char* name : {"regression-rle-840-bytes-claiming-16384x16384.dcm",
                           "regression-jpeg-lossless-claiming-16384x16384.dcm",
                           "regression-jpeg-extended-claiming-16384x16384.dcm"}) {
    SCOPED_TRACE(name);
    const std::string path = std::string(CTLITE_SOURCE_DIR) + "/tests/fuzz/corpus/dicom_file/" + name;
    const double peak_before = peak_rss_mib();
    const InputError error = expect_input_error([&] { read_dicom_series(path); });
    EXPECT_NE(error.problem().find("need at least"), std::string::npos) << error.what();
    EXPECT_LT(peak_rss_mib() - peak_before, 256.0);
  }
}

TEST(DicomHostileInput, JpegLsFrameHeaderMustAgreeWithRowsAndColumns) {
  // A 6 KB JPEG-LS file (a 64x64 codestream) whose Rows/Columns were raised to 16384 passes the
  // one-bit-per-line floor; DCMTK then allocated and cleared 512 MB before failing (8 s).
  const std::string path = std::string(CTLITE_SOURCE_DIR) +
                           "/tests/fuzz/corpus/dicom_file/regression-jpeg-ls-6kb-claiming-16384x16384.dcm";
  const double peak_before = peak_rss_mib();
  const InputError error = expect_input_error([&] { read_dicom_series(path); });
  EXPECT_NE(error.problem().find("JPEG-LS frame 1 is 64x64"), std::string::npos) << error.what();
  EXPECT_NE(error.problem().find("16384x16384"), std::string::npos) << error.what();
  EXPECT_LT(peak_rss_mib() - peak_before, 256.0);
}

}  // namespace
}  // namespace ctlite::core
