// NIfTI-1/-2 files, plain or gzip, either byte order: header validation, the file-size and
// deflate-ratio bounds checked before allocating, geometry from sform/qform/pixdim.

#include <cstddef>
#include <cstdint>

#include "core/common/errors.h"
#include "core/io/nifti_reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ctlite;
  const std::string path = fuzz::ScratchFolder::instance().write("volume.nii", data, size);
  try {
    core::ReadNotes notes;
    const core::NiftiHeader header = core::read_nifti_header(path, &notes);
    fuzz::require(header.dim[0] >= 1 && header.dim[0] <= 7, "dim[0] outside 1..7");
  } catch (const core::InputError&) {
  }
  try {
    core::ReadNotes notes;
    const core::NiftiImage image = core::read_nifti(path, {}, &notes);
    fuzz::require_valid_volume(image.volume);
    const auto grid = core::nifti_grid(image.header);
    fuzz::require(grid == image.volume.dims, "volume dims differ from the header grid");
  } catch (const core::InputError&) {
  }
  return 0;
}
