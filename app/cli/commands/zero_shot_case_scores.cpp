#include "app/cli/commands/zero_shot_case_scores.h"

#include "ai/scoring/zero_shot_prompts.h"
#include "ai/scoring/zero_shot_scorer.h"

namespace ctlite::cli {
namespace {

std::vector<std::vector<double>> latent_rows(const torch::Tensor& latents) {
  const torch::Tensor rows = latents.detach().to(torch::kCPU, torch::kFloat64).contiguous();
  std::vector<std::vector<double>> out;
  for (std::int64_t r = 0; r < rows.size(0); ++r) {
    const double* row = rows.data_ptr<double>() + r * rows.size(1);
    out.emplace_back(row, row + rows.size(1));
  }
  return out;
}

}  // namespace

CaseScores score_cases(ai::ContrastiveTask& task, const TrainingSampleLoader& loader,
                       std::size_t count, const Progress& progress) {
  CaseScores out;
  out.findings = ai::ct_rate_finding_names();
  out.prompts = ai::zero_shot_prompts(out.findings);
  const torch::Tensor prompts = task.text_latents(out.prompts);
  out.prompt_latents = latent_rows(prompts);
  const double temperature = task.log_temperature();
  progress.report("scoring", 0.0, std::to_string(count) + " volumes");
  for (std::size_t i = 0; i < count; ++i) {
    progress.throw_if_cancelled();
    const ai::Sample sample = loader.load(static_cast<std::int64_t>(i));
    if (sample.labels.size() != out.findings.size())
      throw std::invalid_argument(sample.id + ": " + std::to_string(sample.labels.size()) +
                                  " labels, expected " + std::to_string(out.findings.size()));
    const torch::Tensor image = task.image_latents(sample.tensors.at(task.options().input).unsqueeze(0));
    const torch::Tensor present =
        ai::score_zero_shot(prompts, image, temperature).present_probability[0].to(torch::kFloat64).cpu();
    out.ids.push_back(sample.id);
    out.image_latents.push_back(latent_rows(image).front());
    out.scores.emplace_back(present.data_ptr<double>(), present.data_ptr<double>() + present.numel());
    std::vector<int> labels;
    for (float l : sample.labels) labels.push_back(l >= 0.5f ? 1 : 0);
    out.labels.push_back(std::move(labels));
    progress.report("scoring", static_cast<double>(i + 1) / static_cast<double>(count), sample.id);
  }
  return out;
}

}  // namespace ctlite::cli
