// OpenJPEG's own console lines (it writes to the C stderr) never reach our stderr: the silencer
// points file descriptor 2 at /dev/null while GDCM decodes, and restores it after.
#include "core/io/library_stderr_silencer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/common/errors.h"
#include "core/io/dicom_series_reader.h"

namespace ctlite::core {
namespace {

void say(const char* text) {
  std::fprintf(stderr, "%s", text);  // C stdio, as OpenJPEG does
  std::fflush(stderr);
}

TEST(LibraryStderrSilencer, HidesLibraryOutputOnlyWhileAlive) {
  testing::internal::CaptureStderr();
  say("before ");
  {
    const LibraryStderrSilencer outer;
    say("hidden-1 ");
    {
      const LibraryStderrSilencer inner;
      say("hidden-2 ");
    }
    say("hidden-3 ");  // the outer one still holds the redirection
  }
  say("after");
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "before after");
}

TEST(LibraryStderrSilencer, ADamagedJpeg2000ImagePrintsNothingOfOpenJpegs) {
  // 20 bytes of the codestream overwritten after its main header: OpenJPEG fails in the tile
  // data and used to print "A marker ID was expected ..." twice on stderr.
  const std::string source =
      std::string(CTLITE_SOURCE_DIR) + "/tests/fuzz/corpus/dicom_file/MR_small_jp2klossless.dcm";
  std::ifstream in(source, std::ios::binary);
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string marker("\xff\x4f\xff\x51", 4);
  const auto start = std::string(bytes.begin(), bytes.end()).find(marker);
  ASSERT_NE(start, std::string::npos);
  for (std::size_t i = start + 120; i < start + 140; ++i) bytes[i] = 0x5a;
  const std::string path =
      (std::filesystem::temp_directory_path() / ("damaged_j2k_" + std::to_string(::getpid()) + ".dcm")).string();
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));

  testing::internal::CaptureStderr();
  EXPECT_THROW(read_dicom_series(path), InputError);
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace ctlite::core
