// A folder of DICOM files (the input's parts, see kFileSeparator) through series assembly:
// grouping by Series Instance UID, ordering along the normal, duplicate and gap handling, the
// uneven-spacing resampler and the parallel slice decoding.

#include <cstddef>
#include <cstdint>

#include "core/common/errors.h"
#include "core/io/dicom_series_reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ctlite;
  fuzz::ScratchFolder& scratch = fuzz::ScratchFolder::instance();
  const std::string folder = scratch.fresh_folder("series");
  const std::vector<std::string> parts = fuzz::split_input(data, size);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    scratch.write("series/" + std::to_string(i) + ".dcm", parts[i]);
  }
  std::vector<core::DicomSeriesInfo> series;
  try {
    series = core::scan_dicom_series(folder);
  } catch (const core::InputError&) {
    return 0;
  }
  std::size_t images = 0;
  for (const auto& info : series) images += info.files.size();
  fuzz::require(images <= parts.size(), "more series files than files in the folder");

  core::DicomReadOptions options;
  options.resample_uneven_spacing = size % 2 == 1;
  // Reading without a UID must fail when there are several series; each UID must be readable
  // or rejected cleanly.
  std::vector<std::string> uids{""};
  for (std::size_t i = 0; i < series.size() && i < 2; ++i)
    uids.push_back(series[i].series_instance_uid);
  for (const std::string& uid : uids) {
    try {
      const core::DicomReadResult result =
          core::read_dicom_series_with_warnings(folder, uid, options);
      fuzz::require(!uid.empty() || series.size() == 1, "several series read without a UID");
      fuzz::require_valid_volume(result.volume);
    } catch (const core::InputError&) {
    }
  }
  return 0;
}
