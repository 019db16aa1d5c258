// Hostile DICOM files found by fuzzing (tests/fuzz): each must be refused with an InputError,
// quickly and without allocating what the file merely claims.

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
using dicom_test::ScratchFolder;

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
  ScratchFolder scratch;
  const std::string path = scratch / "padded.dcm";
  write_bytes(path, read_bytes(dicom_data("encodings/MR_small_jp2klossless.dcm")) +
                        std::string("\xFC\xFF\xFC\xFFOB\0\0", 8) + little_endian_32(0xFFFFFFF0u) +
                        std::string(16, '\0'));
  const double peak_before = peak_rss_mib();
  const InputError error = expect_input_error([&] { read_dicom_series(path); });
  EXPECT_EQ(error.path(), path);
  EXPECT_LT(peak_rss_mib() - peak_before, 512.0) << "the declared length was allocated";
}

}  // namespace
}  // namespace ctlite::core
