// safetensors through its in-memory entry point: the length prefix, the JSON header (nesting,
// duplicate names, dtypes, shapes whose element count overflows, offsets that overlap or leave
// gaps), BOOL bytes. A file that parses must serialize back to a file that parses to the same
// tensors.

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "ai/io/safetensors.h"
#include "core/common/errors.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace ctlite;
  ai::SafetensorsContent content;
  try {
    content = ai::parse_safetensors(data, size, "<fuzz input>");
  } catch (const core::InputError&) {
    return 0;
  }
  std::string bytes;
  try {
    bytes = ai::serialize_safetensors(content.tensors, content.metadata);
  } catch (const core::OutputError&) {
    return 0;  // names or metadata that are not valid UTF-8 cannot be written back: refused
  }
  const ai::SafetensorsContent again = ai::parse_safetensors(
      reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size(), "<round trip>");
  fuzz::require(again.metadata == content.metadata, "metadata changed in a round trip");
  fuzz::require(again.tensors.size() == content.tensors.size(), "tensor count changed");
  for (const auto& entry : content.tensors) {
    const torch::Tensor* other = again.tensors.find(entry.name);
    fuzz::require(other != nullptr, "a tensor was lost in a round trip");
    fuzz::require(other->scalar_type() == entry.tensor.scalar_type() &&
                      other->sizes() == entry.tensor.sizes(),
                  "dtype or shape changed in a round trip");
    const std::size_t count = static_cast<std::size_t>(entry.tensor.numel()) *
                              entry.tensor.element_size();
    fuzz::require(count == 0 ||
                      std::memcmp(other->data_ptr(), entry.tensor.data_ptr(), count) == 0,
                  "tensor bytes changed in a round trip");
  }
  return 0;
}
