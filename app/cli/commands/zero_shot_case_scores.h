#pragma once
// Zero-shot scores of a dataset's volumes for the 18 CT-RATE findings (CT-CLIP's prompt pairs),
// next to the volumes' labels: what calibration at the end of training and `ctlite evaluate`
// measure.

#include <string>
#include <vector>

#include "ai/training/stages/contrastive_task.h"
#include "app/cli/commands/training_samples.h"
#include "core/common/progress.h"

namespace ctlite::cli {

struct CaseScores {
  std::vector<std::string> findings;
  std::vector<std::string> ids;
  std::vector<std::vector<double>> scores;  // [case][finding]: present probability
  std::vector<std::vector<int>> labels;     // [case][finding]: 0/1
  // The unit latents the scores came from, for the embedding export and its t-SNE map.
  std::vector<std::string> prompts;                 // zero_shot_prompts(findings): present, absent per finding
  std::vector<std::vector<double>> prompt_latents;  // [prompt][latent]
  std::vector<std::vector<double>> image_latents;   // [case][latent]
};

// Scores the first `count` samples of `loader`, one volume at a time; the image tower reads the
// sample tensor named by the task's input. Cancellation through `progress`.
CaseScores score_cases(ai::ContrastiveTask& task, const TrainingSampleLoader& loader,
                       std::size_t count, const Progress& progress);

}  // namespace ctlite::cli
