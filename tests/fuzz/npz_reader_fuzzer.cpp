// RAD-ChestCT .npz archives: the zip central directory and zip64 records, stored and deflated
// entries (zip bombs are capped by the declared size and the deflate ratio), the .npy header's
// Python literal, shapes beyond kMaxVoxelCount, C and Fortran order.

#include <cstddef>
#include <cstdint>

#include "core/common/errors.h"
#include "core/io/npz_reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ctlite;
  const std::string path = fuzz::ScratchFolder::instance().write("volume.npz", data, size);
  std::array<std::int64_t, 3> dims{};
  bool have_dims = false;
  try {
    dims = core::read_npz_dims(path);
    have_dims = true;
  } catch (const core::InputError&) {
  }
  try {
    core::ReadNotes notes;
    const core::Volume volume = core::read_npz(path, {}, &notes);
    fuzz::require_valid_volume(volume);
    fuzz::require(have_dims && dims == volume.dims, "read_npz_dims disagrees with read_npz");
  } catch (const core::InputError&) {
  }
  return 0;
}
