#pragma once
// The latents behind a zero-shot evaluation, for looking at the shared image-text space: each
// case's image latent and each finding's present/absent prompt latent (all unit vectors of the
// same CLIP space), exported raw (JSON or CSV) and as a 2-D t-SNE map of both kinds together.
//
// JSON blocks of `ctlite evaluate --out` (docs/TRAINING.md):
//   "embeddings": {"latent_size": D, "findings": [...],
//                  "cases":   [{"id", "labels": [0/1 per finding], "visual": [D numbers]}],
//                  "prompts": [{"finding", "polarity": "present"|"absent", "text", "embedding": [D]}]}
//   "tsne": {"perplexity", "seed", "iterations", "kl_divergence", "trustworthiness", "neighbours",
//            "cases": [{"id", "x", "y", "labels"}], "prompts": [{"finding", "polarity", "x", "y"}]}

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ai/analysis/tsne.h"

namespace ctlite::ai {

struct LatentEmbeddings {
  std::vector<std::string> findings;
  std::vector<std::string> case_ids;
  std::vector<std::vector<int>> labels;         // [case][finding]
  std::vector<std::vector<double>> visual;      // [case][latent]
  std::vector<std::string> prompts;             // 2 per finding: present, then absent
  std::vector<std::vector<double>> text;        // [prompt][latent]

  // std::invalid_argument when the counts or latent sizes disagree.
  void validate() const;
};

nlohmann::json embeddings_to_json(const LatentEmbeddings& embeddings);

struct LatentMap {
  TsneResult tsne;
  std::uint64_t seed = 0;
  int neighbours = 0;  // k of the trustworthiness; 0 when too few points to measure it
  double trustworthiness = 0.0;
};

// t-SNE of the cases' image latents and the prompt latents in one map (cases first, then
// prompts), with its trustworthiness at k = min(5, (N − 1) / 2).
LatentMap map_embeddings(const LatentEmbeddings& embeddings, const TsneOptions& options);
nlohmann::json latent_map_to_json(const LatentEmbeddings& embeddings, const LatentMap& map);

// One row per case, then per prompt: kind,id,finding,polarity,labels,tsne_x,tsne_y,e0…e{D−1}
// ("labels" of a case lists its positive findings separated by ';').
std::string embeddings_to_csv(const LatentEmbeddings& embeddings, const LatentMap& map);

}  // namespace ctlite::ai
