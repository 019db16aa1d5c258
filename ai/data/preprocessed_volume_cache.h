#pragma once
// On-disk cache of preprocessed volumes (resampling + JPEG round trips cost seconds per volume,
// so every epoch after the first reads them back instead). One safetensors file per
// (source path, source modification time and size, preprocessing parameters); the file name is a
// hash of those and the file's metadata repeats them, so a stale or colliding entry is
// recomputed, never used. Entries live in the cache folder only, never beside the input.

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>

#include "ai/io/state_dict.h"

namespace ctlite::ai {

class PreprocessedVolumeCache {
 public:
  // Creates `directory` if needed; core::OutputError when it cannot.
  explicit PreprocessedVolumeCache(std::string directory);

  // The cached tensors for `source_path` under `parameters` (a canonical string of every setting
  // that changes the output), or create() written to the cache first. Safe to call from many
  // threads; one volume is never computed twice at the same time.
  StateDict get_or_create(const std::string& source_path, const std::string& parameters,
                          const std::function<StateDict()>& create);

  // The cache file for this source and parameters (whether it exists or not).
  std::string entry_path(const std::string& source_path, const std::string& parameters) const;
  const std::string& directory() const { return directory_; }
  std::size_t hits() const { return hits_; }
  std::size_t misses() const { return misses_; }

 private:
  std::string directory_;
  std::mutex mutex_;
  std::condition_variable idle_;
  std::set<std::string> in_progress_;
  std::size_t hits_ = 0, misses_ = 0;
};

// std::invalid_argument when `cache_directory` is `input_directory` or inside it.
void require_outside_input(const std::string& cache_directory, const std::string& input_directory);

}  // namespace ctlite::ai
