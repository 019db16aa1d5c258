#pragma once
// Training checkpoints in <directory>/step-<8 digits>/: model.safetensors, optimizer.safetensors
// (AdamW moments + random generator state) and state.json (step, data position, schedule, loss
// balancer, ...). A checkpoint is written into a hidden ".partial-..." folder which is renamed
// into place only when complete, so a crash or kill -9 at any moment leaves either the previous
// set of checkpoints or the new one, never a half-written checkpoint under a step-* name.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ai/io/state_dict.h"

namespace ctlite::ai {

struct CheckpointContent {
  StateDict model;
  StateDict optimizer;
  nlohmann::json state = nlohmann::json::object();
};

class CheckpointStore {
 public:
  // Creates `directory` if needed. keep_last >= 1 checkpoints survive each save.
  CheckpointStore(std::string directory, int keep_last);

  // Writes the checkpoint of `step` atomically, then deletes all but the newest keep_last.
  // Returns its folder. Throws core::OutputError.
  std::string save(std::int64_t step, const CheckpointContent& content);
  // Complete checkpoints, oldest first.
  std::vector<std::int64_t> steps() const;
  std::optional<std::int64_t> latest() const;
  // Throws core::InputError naming the file when a checkpoint is unreadable.
  CheckpointContent load(std::int64_t step) const;
  std::string path_of(std::int64_t step) const;
  // Deletes ".partial-*" leftovers of writers that were killed (call while no writer runs).
  void remove_partials() const;

  const std::string& directory() const { return directory_; }

 private:
  std::string directory_;
  int keep_last_;
};

}  // namespace ctlite::ai
