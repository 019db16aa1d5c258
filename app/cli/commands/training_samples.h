#pragma once
// Turns training records into network inputs, through the preprocessed-volume cache:
//   "volume"      CT-CLIP preprocessing of the HU volume (the teacher's input);
//   "compressed"  lung window → JPEG q90 → CT-CLIP geometry (the student's input); in the paired
//                 layout the record's own JPEG stack → CT-CLIP geometry instead.
// With neither, a sample is its report and labels only (the text stage).
// Both are CT-CLIP's (240, 480, 480) grid; a smaller model configuration (tests, tiny models)
// gets them trilinearly resized to (slices, size, size), which is recorded in the cache key.

#include <memory>
#include <string>

#include "ai/data/preprocessed_volume_cache.h"
#include "ai/data/sample.h"
#include "core/dataset/training_dataset.h"

namespace ctlite::cli {

using core::TrainingDataset;
using core::TrainingRecord;

struct SampleOptions {
  bool volume = true;
  bool compressed = false;
  std::int64_t slices = 240;  // network input (F, H, W) = (slices, size, size)
  std::int64_t size = 480;
  bool training_variant = true;  // CT-CLIP data.py (clip after resampling) vs the inference script
  int threads = 1;               // preprocessing threads per sample
};

class TrainingSampleLoader {
 public:
  // `cache` may be null (every sample preprocessed each time it is drawn).
  TrainingSampleLoader(std::shared_ptr<const TrainingDataset> dataset, SampleOptions options,
                       std::shared_ptr<ai::PreprocessedVolumeCache> cache);
  // Thread-safe. Tensors are (1, F, H, W) float32 in [-1, 1]. Errors name the volume file.
  ai::Sample load(std::int64_t index) const;
  // The cache key part describing what a sample holds.
  std::string parameters() const;

 private:
  std::shared_ptr<const TrainingDataset> dataset_;
  SampleOptions options_;
  std::shared_ptr<ai::PreprocessedVolumeCache> cache_;
};

}  // namespace ctlite::cli
