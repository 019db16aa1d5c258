// The data.pkl of torch.save checkpoints: the opcode decoder, the global scanner that guards the
// unpickler (STACK_GLOBAL operands through the memo), and the restricted state-dict interpreter
// (memo cycles, deep nesting, tensor descriptions with hostile sizes, strides and offsets).

#include <cstddef>
#include <cstdint>
#include <string>

#include "ai/io/pickle_scanner.h"
#include "ai/io/state_dict_unpickler.h"
#include "core/common/errors.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ctlite;
  const std::string stream(reinterpret_cast<const char*>(data), size);
  try {
    for (const ai::PickleGlobal& global : ai::scan_pickle_globals(stream, "data.pkl"))
      fuzz::require(global.module.size() + global.name.size() <= size, "global longer than input");
  } catch (const core::InputError&) {
  }
  try {
    for (const ai::PickledTensor& tensor : ai::unpickle_state_dict(stream, "data.pkl")) {
      fuzz::require(tensor.sizes.size() == tensor.strides.size(), "sizes and strides differ");
      fuzz::require(tensor.storage_offset >= 0, "negative storage offset accepted");
      for (std::int64_t extent : tensor.sizes) fuzz::require(extent >= 0, "negative size accepted");
    }
  } catch (const core::InputError&) {
  }
  return 0;
}
