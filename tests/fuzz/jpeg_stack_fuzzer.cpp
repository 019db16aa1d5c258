// A JPEG slice stack: the input's first part is stack.json (none when empty), the others are
// the slices. Covers the sidecar's JSON validation, natural slice order, mismatched slice sizes
// and the parallel decode. A sidecar that parses must survive format -> parse unchanged.

#include <cstddef>
#include <cstdint>

#include "core/common/errors.h"
#include "core/io/jpeg_stack_reader.h"
#include "core/io/jpeg_stack_sidecar.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ctlite;
  const std::vector<std::string> parts = fuzz::split_input(data, size);
  try {
    const core::JpegStackSidecar sidecar = core::parse_stack_sidecar(parts[0], "stack.json");
    const core::JpegStackSidecar again =
        core::parse_stack_sidecar(core::format_stack_sidecar(sidecar), "formatted stack.json");
    fuzz::require(again.spacing == sidecar.spacing && again.origin == sidecar.origin &&
                      again.direction == sidecar.direction &&
                      again.window.center == sidecar.window.center &&
                      again.window.width == sidecar.window.width &&
                      again.source == sidecar.source && again.quality == sidecar.quality,
                  "stack.json does not survive format -> parse");
  } catch (const core::InputError&) {
  }
  if (parts.size() < 2) return 0;

  fuzz::ScratchFolder& scratch = fuzz::ScratchFolder::instance();
  const std::string folder = scratch.fresh_folder("stack");
  if (!parts[0].empty()) scratch.write("stack/stack.json", parts[0]);
  for (std::size_t i = 1; i < parts.size(); ++i) {
    scratch.write("stack/slice_" + std::to_string(i) + ".jpg", parts[i]);  // 1..7
  }
  try {
    core::ReadNotes notes;
    const core::Volume volume = core::read_jpeg_stack(folder, {}, &notes);
    fuzz::require_valid_volume(volume);
    fuzz::require(volume.dims[2] == static_cast<std::int64_t>(parts.size() - 1),
                  "one slice per JPEG file");
    for (float value : volume.voxels)
      fuzz::require(value >= 0.0f && value <= 255.0f, "gray level outside 0..255");
  } catch (const core::InputError&) {
  }
  return 0;
}
