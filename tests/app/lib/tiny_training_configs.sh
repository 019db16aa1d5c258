# Sourced by the training tests in tests/app: the tiny CT-ViT and BERT configurations they train
# (seconds per stage on 2 cores). write_tiny_training_configs DIR writes DIR/ctvit.json and
# DIR/bert.json.
write_tiny_training_configs() {
  local dir=$1
  cat > "$dir/ctvit.json" <<'JSON'
{"dim": 16, "codebook_size": 32, "image_size": 16, "patch_size": 4, "temporal_patch_size": 4,
 "spatial_depth": 1, "temporal_depth": 1, "dim_head": 8, "heads": 2, "ff_mult": 2,
 "position_bias_layers": 1}
JSON
  cat > "$dir/bert.json" <<'JSON'
{"vocab_size": 100, "hidden_size": 16, "num_hidden_layers": 1, "num_attention_heads": 2,
 "intermediate_size": 32, "max_position_embeddings": 32, "hidden_act": "gelu"}
JSON
}
