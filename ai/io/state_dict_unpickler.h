#pragma once
// Interprets the data.pkl of a torch.save'd state dict WITHOUT a general unpickler: only the
// opcodes and the few callables a state dict uses (OrderedDict, _rebuild_tensor_v2,
// _rebuild_parameter, torch.device, storage types) are understood; anything else is an error.
// LibTorch's own unpickler (torch::pickle_load) cannot be used: it turns every
// collections.OrderedDict into None, which is exactly what a Python state_dict() is.
//
// The result only describes the tensors; torch_checkpoint.cpp reads the storages it needs.

#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <vector>

namespace ctlite::ai {

struct PickledTensor {
  std::string name;
  std::string storage_key;  // the archive record <archive>/data/<storage_key>
  torch::ScalarType dtype = torch::kFloat32;
  std::uint64_t storage_elements = 0;
  std::int64_t storage_offset = 0;
  std::vector<std::int64_t> sizes;
  std::vector<std::int64_t> strides;
};

// The tensors of a pickled dict of tensors (or of the dict under its "state_dict" / "model"
// key), in pickle order. Throws core::InputError(source, problem).
std::vector<PickledTensor> unpickle_state_dict(const std::string& stream,
                                               const std::string& source);

}  // namespace ctlite::ai
