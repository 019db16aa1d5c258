#pragma once
// Loads state dicts saved by Python's torch.save (the ZIP format of torch >= 1.6), such as the
// CT-CLIP checkpoints. Unpickling a file runs whatever functions it names, so the data.pkl
// opcode stream is scanned first and the file is refused unless every global it references is
// one of the tensor-rebuilding functions a state dict needs; then a restricted interpreter that
// knows only those functions (state_dict_unpickler.h) describes the tensors, and only the
// selected ones are read.

#include <string>

#include "ai/io/state_dict.h"

namespace ctlite::ai {

// Reads a torch.save'd dict of tensors (or a dict whose "state_dict" / "model" entry is one).
// Tensors come back on the CPU whatever device they were saved from. Throws core::InputError
// naming the file and the problem (bad ZIP, truncated, forbidden global such as os.system,
// non-tensor entries, out-of-range views).
StateDict read_torch_checkpoint(const std::string& path, const TensorFilter& select = {});

// Whether a pickle global may appear in a checkpoint.
bool is_allowed_checkpoint_global(const std::string& module, const std::string& name);

}  // namespace ctlite::ai
