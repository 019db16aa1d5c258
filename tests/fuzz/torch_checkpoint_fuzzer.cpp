// torch.save ZIP checkpoints end to end: the ZIP directory (ZIP64, bounds), the global allow-list,
// the restricted unpickler, storage records that are missing or short, views that reach past
// their storage, and tensor selection.

#include <cstddef>
#include <cstdint>
#include <string>

#include "ai/io/torch_checkpoint.h"
#include "core/common/errors.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ctlite;
  const std::string path = fuzz::ScratchFolder::instance().write("checkpoint.pt", data, size);
  try {
    const ai::StateDict all = ai::read_torch_checkpoint(path);
    for (const auto& entry : all) fuzz::require(entry.tensor.defined(), "undefined tensor");
    // Selection reads a subset, and the same tensors.
    const ai::StateDict some = ai::read_torch_checkpoint(
        path, [](const std::string& name) { return name.size() % 2 == 0; });
    for (const auto& entry : some) {
      const torch::Tensor* full = all.find(entry.name);
      fuzz::require(full != nullptr && full->sizes() == entry.tensor.sizes() &&
                        full->scalar_type() == entry.tensor.scalar_type(),
                    "a selected tensor differs from the full read");
    }
  } catch (const core::InputError&) {
  }
  return 0;
}
