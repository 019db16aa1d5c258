// One DICOM file (Part 10 or a bare data set) through the path a user's single file takes:
// header scan, then pixel decoding (native, RLE, JPEG, JPEG-LS through DCMTK; JPEG 2000 through
// GDCM) and slice geometry, including the multi-frame placement rules.

#include <cstddef>
#include <cstdint>

#include "core/common/errors.h"
#include "core/io/dicom_series_reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ctlite;
  const std::string path = fuzz::ScratchFolder::instance().write("image.dcm", data, size);
  try {
    std::vector<core::DicomFileProblem> problems;
    const auto series = core::scan_dicom_series(path, problems);
    fuzz::require(series.size() + problems.size() <= 1, "one file yields at most one entry");
  } catch (const core::InputError&) {
  }
  try {
    core::DicomReadOptions options;
    options.resample_uneven_spacing = size % 2 == 1;  // both policies, chosen by the input
    const core::DicomReadResult result =
        core::read_dicom_series_with_warnings(path, {}, options);
    fuzz::require_valid_volume(result.volume);
    fuzz::require(result.volume.metadata.sop_instance_uids.size() ==
                      static_cast<std::size_t>(result.volume.dims[2]) ||
                      !result.warnings.empty(),
                  "one SOP Instance UID per slice");
  } catch (const core::InputError&) {
  }
  return 0;
}
