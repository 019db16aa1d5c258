#include "ai/evaluation/latent_embeddings.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

namespace ctlite::ai {
namespace {

const char* polarity(std::size_t prompt) { return prompt % 2 == 0 ? "present" : "absent"; }

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace

void LatentEmbeddings::validate() const {
  if (case_ids.size() != visual.size() || labels.size() != visual.size())
    throw std::invalid_argument("embeddings: " + std::to_string(case_ids.size()) + " case ids, " +
                                std::to_string(labels.size()) + " label rows and " + std::to_string(visual.size()) +
                                " image latents");
  if (prompts.size() != 2 * findings.size() || text.size() != prompts.size())
    throw std::invalid_argument("embeddings: need a present and an absent prompt latent per finding");
  const std::size_t size = text.empty() ? 0 : text.front().size();
  for (const auto& rows : {visual, text})
    for (const auto& row : rows)
      if (row.size() != size) throw std::invalid_argument("embeddings: latents of different sizes");
  for (const auto& row : labels)
    if (row.size() != findings.size()) throw std::invalid_argument("embeddings: a label row does not match the findings");
}

nlohmann::json embeddings_to_json(const LatentEmbeddings& e) {
  e.validate();
  nlohmann::json cases = nlohmann::json::array();
  for (std::size_t c = 0; c < e.visual.size(); ++c)
    cases.push_back({{"id", e.case_ids[c]}, {"labels", e.labels[c]}, {"visual", e.visual[c]}});
  nlohmann::json prompts = nlohmann::json::array();
  for (std::size_t p = 0; p < e.text.size(); ++p)
    prompts.push_back(
        {{"finding", e.findings[p / 2]}, {"polarity", polarity(p)}, {"text", e.prompts[p]}, {"embedding", e.text[p]}});
  return {{"latent_size", e.text.empty() ? 0 : e.text.front().size()},
          {"findings", e.findings},
          {"cases", cases},
          {"prompts", prompts}};
}

LatentMap map_embeddings(const LatentEmbeddings& e, const TsneOptions& options) {
  e.validate();
  std::vector<std::vector<double>> rows = e.visual;
  rows.insert(rows.end(), e.text.begin(), e.text.end());
  LatentMap map;
  map.seed = options.seed;
  map.tsne = tsne(rows, options);
  map.neighbours = std::min<int>(5, static_cast<int>((rows.size() - 1) / 2));
  if (rows.size() >= 3 && map.neighbours >= 1) map.trustworthiness = trustworthiness(rows, map.tsne.points, map.neighbours);
  else map.neighbours = 0;
  return map;
}

nlohmann::json latent_map_to_json(const LatentEmbeddings& e, const LatentMap& map) {
  const std::size_t cases = e.visual.size();
  nlohmann::json case_points = nlohmann::json::array();
  for (std::size_t c = 0; c < cases; ++c)
    case_points.push_back({{"id", e.case_ids[c]},
                           {"x", map.tsne.points[c][0]},
                           {"y", map.tsne.points[c][1]},
                           {"labels", e.labels[c]}});
  nlohmann::json prompt_points = nlohmann::json::array();
  for (std::size_t p = 0; p < e.text.size(); ++p)
    prompt_points.push_back({{"finding", e.findings[p / 2]},
                             {"polarity", polarity(p)},
                             {"x", map.tsne.points[cases + p][0]},
                             {"y", map.tsne.points[cases + p][1]}});
  return {{"perplexity", map.tsne.perplexity},   {"seed", map.seed},
          {"iterations", map.tsne.iterations},   {"kl_divergence", map.tsne.kl_divergence},
          {"neighbours", map.neighbours},        {"trustworthiness", map.trustworthiness},
          {"cases", case_points},                {"prompts", prompt_points}};
}

std::string embeddings_to_csv(const LatentEmbeddings& e, const LatentMap& map) {
  e.validate();
  std::ostringstream out;
  out.precision(9);
  const std::size_t size = e.text.empty() ? 0 : e.text.front().size();
  out << "kind,id,finding,polarity,labels,tsne_x,tsne_y";
  for (std::size_t d = 0; d < size; ++d) out << ",e" << d;
  out << "\n";
  auto latent = [&](const std::vector<double>& row) {
    for (double v : row) out << "," << v;
    out << "\n";
  };
  for (std::size_t c = 0; c < e.visual.size(); ++c) {
    std::string positive;
    for (std::size_t f = 0; f < e.findings.size(); ++f)
      if (e.labels[c][f]) positive += (positive.empty() ? "" : ";") + e.findings[f];
    out << "case," << csv_field(e.case_ids[c]) << ",,," << csv_field(positive) << "," << map.tsne.points[c][0] << ","
        << map.tsne.points[c][1];
    latent(e.visual[c]);
  }
  for (std::size_t p = 0; p < e.text.size(); ++p) {
    const auto& point = map.tsne.points[e.visual.size() + p];
    out << "prompt," << csv_field(e.prompts[p]) << "," << csv_field(e.findings[p / 2]) << "," << polarity(p) << ",,"
        << point[0] << "," << point[1];
    latent(e.text[p]);
  }
  return out.str();
}

}  // namespace ctlite::ai
