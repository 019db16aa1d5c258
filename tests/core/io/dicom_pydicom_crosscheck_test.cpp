// Cross-checks the DICOM reader against an independent implementation: pydicom + numpy
// (dicom_pydicom_dump.py) reading the same reference files.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/io/dicom_series_reader.h"
#include "core/io/dicom_series_writer.h"
#include "tests/core/io/dicom_test_support.h"

namespace ctlite::core {
namespace {

using dicom_test::dicom_data;
using dicom_test::make_ct_volume;
using dicom_test::tilted_direction;
using testing::ScratchDir;

constexpr int kSkipExitCode = 77;  // the script's answer when pydicom or numpy is missing

// One Python start for all paths (importing numpy costs about a second).
struct PydicomVolumes {
  int exit_code = -1;
  nlohmann::json volumes;  // path -> volume
};

PydicomVolumes read_with_pydicom(const std::vector<std::string>& paths) {
  std::string command =
      "/usr/bin/python3 '" CTLITE_SOURCE_DIR "/tests/core/io/dicom_pydicom_dump.py'";
  for (const std::string& path : paths) command += " '" + path + "'";
  PydicomVolumes result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::string output;
  char buffer[65536];
  std::size_t read = 0;
  while ((read = fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, read);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.volumes = nlohmann::json::parse(output, nullptr, /*allow_exceptions=*/false);
  return result;
}

void expect_matches(const nlohmann::json& reference, const std::string& path) {
  SCOPED_TRACE(path);
  ASSERT_TRUE(reference.is_object()) << "pydicom gave no volume for " << path;
  const Volume volume = read_dicom_series(path);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(volume.dims[i], reference["dims"][i].get<std::int64_t>());
    EXPECT_NEAR(volume.spacing[i], reference["spacing"][i].get<double>(), 1e-6);
    EXPECT_NEAR(volume.origin[i], reference["origin"][i].get<double>(), 1e-6);
  }
  for (int i = 0; i < 9; ++i)
    EXPECT_NEAR(volume.direction[i], reference["direction"][i].get<double>(), 1e-9);
  const auto& voxels = reference["voxels"];
  ASSERT_EQ(voxels.size(), volume.voxels.size());
  std::size_t mismatches = 0;
  for (std::size_t i = 0; i < voxels.size(); ++i)
    if (volume.voxels[i] != voxels[i].get<float>()) ++mismatches;
  EXPECT_EQ(mismatches, 0u);
}

// Runs pydicom on `paths` and compares each with the reader (skips without pydicom).
void cross_check(const std::vector<std::string>& paths) {
  const PydicomVolumes reference = read_with_pydicom(paths);
  if (reference.exit_code == kSkipExitCode) GTEST_SKIP() << "python3-pydicom / numpy not installed";
  ASSERT_EQ(reference.exit_code, 0) << "the pydicom reference script failed";
  for (const std::string& path : paths) expect_matches(reference.volumes[path], path);
}

TEST(DicomPydicomCrossCheck, ReferenceFilesDecodeAsPydicomDecodesThem) {
  cross_check({dicom_data("CT_small.dcm"), dicom_data("encodings/MR_small_bigendian.dcm"),
               dicom_data("series/CT5N_contiguous")});
}

TEST(DicomPydicomCrossCheck, WrittenObliqueSeriesReadsTheSameInPydicom) {
  ScratchDir scratch;
  write_dicom_series(
      make_ct_volume({12, 10, 4}, {0.7, 0.9, 1.5}, {10.0, -20.0, 30.0}, tilted_direction(-30.0)),
      scratch.file("series"), {});
  cross_check({scratch.file("series")});
}

}  // namespace
}  // namespace ctlite::core
