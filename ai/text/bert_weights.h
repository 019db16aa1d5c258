#pragma once
// Loads Hugging Face BERT weights into BertModel by name, strictly (every parameter present with
// its shape). Accepted spellings, all seen in real checkpoints:
//  * keys with or without a `bert.` prefix (CXR-BERT-specialized is a CXRBertModel whose BERT
//    lives under `bert.`, next to `cls.*` / `cls_projection_head.*` heads that are skipped), or
//    under CT-CLIP's `text_transformer.`;
//  * `embeddings.position_ids` present or absent (depends on the transformers version);
//  * old TF-converted LayerNorm names `gamma` / `beta` for `weight` / `bias`;
//  * `pooler.*` present or absent (unused: CT-CLIP takes the [CLS] hidden state).

#include <string>

#include "ai/io/state_dict.h"
#include "ai/text/bert_model.h"

namespace ctlite::ai {

// The BERT entries of `weights` under their BertModel names (prefix removed, LayerNorm names
// normalised, unused entries dropped). Throws core::InputError(source, …) on unexpected keys.
StateDict select_bert_weights(const StateDict& weights, const std::string& source);

// Throws core::InputError(source, …) naming the first missing key or wrong shape.
void load_bert_weights(BertModelImpl& model, const StateDict& weights, const std::string& source);

// A Hugging Face model folder: config.json plus model.safetensors or pytorch_model.bin.
BertModel load_bert_folder(const std::string& folder);

}  // namespace ctlite::ai
