#pragma once
// The state of LibTorch's default generators (CPU and every CUDA device), so a resumed run draws
// the same dropout masks and random crops as an uninterrupted one.

#include "ai/io/state_dict.h"

namespace ctlite::ai {

// Entries "rng/cpu" and "rng/cuda<i>" (uint8 tensors, the generators' own serialisation).
StateDict capture_random_state();
// Restores every generator found in `state`; std::invalid_argument when a CUDA state is present
// but the device is not (a run cannot be resumed bit-exactly on another machine's generators).
void restore_random_state(const StateDict& state);

}  // namespace ctlite::ai
