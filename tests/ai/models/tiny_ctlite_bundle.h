#pragma once
// A tiny CT-Lite configuration (CT-ViT 2×2 tokens per slab, SFP head, 1-layer BERT) for tests
// that need a whole bundle in a few milliseconds.

#include <string>
#include <vector>

#include "ai/bundle/bundle_manifest.h"
#include "ai/scoring/zero_shot_prompts.h"

namespace ctlite::ai::testing {

inline std::vector<std::string> tiny_vocabulary() {
  return {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "is", "not", "present", ".", "lung", "nodule", "effusion"};
}

inline BundleManifest tiny_ctlite_manifest() {
  BundleManifest m;
  m.id = "tiny-ctlite";
  m.name = "Tiny CT-Lite";
  m.version = "0.0.1";
  m.created = "2026-11-28T08:00:00Z";
  m.ctvit = CtVitConfig::from_json({{"dim", 32}, {"codebook_size", 16}, {"image_size", 40}, {"patch_size", 20},
                                    {"temporal_patch_size", 10}, {"spatial_depth", 1}, {"temporal_depth", 1},
                                    {"dim_head", 8}, {"heads", 2}});
  m.head = HeadConfig{HeadType::Sfp, 2 * 2 * 32, 16, 2, 32};
  m.text.bert = BertConfig::from_json({{"vocab_size", static_cast<int64_t>(tiny_vocabulary().size())},
                                       {"hidden_size", 16}, {"num_hidden_layers", 1}, {"num_attention_heads", 2},
                                       {"intermediate_size", 24}, {"max_position_embeddings", 32}});
  m.text.max_length = 32;
  m.latent_size = 16;
  m.input_slices = 20;
  for (const std::string& finding : ct_rate_finding_names()) m.thresholds.push_back({finding, 0.5});
  m.training_description = "untrained (random weights)";
  m.synthetic_training = true;
  m.notice = "Random weights for tests; not a model.";
  return m;
}

}  // namespace ctlite::ai::testing
