# Sourced by the engine tests (score_test.sh, serve_test.sh).

# make_phantom_series CTLITE DIR SEED: a small synthetic chest CT as a DICOM series under DIR;
# prints the series folder.
make_phantom_series() {
  local ctlite=$1 out=$2 seed=$3
  "$ctlite" synth --count 1 --seed "$seed" --formats dicom --out "$out" > /dev/null 2>&1 || return 1
  dirname "$(find "$out/dicom" -name '*.dcm' | head -1)"
}

# make_tiny_bundle CTLITE DIR writes an untrained tiny CT-Lite bundle
# (CT-ViT 2x2 tokens per slab of 10 slices, SFP head, 1-layer BERT, thresholds 0.5) with
# `ctlite bundle-init`. Its scores are random but every stage of the pipeline runs.
make_tiny_bundle() {
  local ctlite=$1 out=$2 template
  template=$(mktemp -d)
  printf '%s\n' '[PAD]' '[UNK]' '[CLS]' '[SEP]' '[MASK]' is not present . lung nodule effusion > "$template/vocab.txt"
  /usr/bin/python3 - "$template/manifest.json" <<'PY'
import json, sys
names = ["Medical material", "Arterial wall calcification", "Cardiomegaly", "Pericardial effusion",
         "Coronary artery wall calcification", "Hiatal hernia", "Lymphadenopathy", "Emphysema",
         "Atelectasis", "Lung nodule", "Lung opacity", "Pulmonary fibrotic sequela", "Pleural effusion",
         "Mosaic attenuation pattern", "Peribronchial thickening", "Consolidation", "Bronchiectasis",
         "Interlobular septal thickening"]
manifest = {
    "format": "ctlite-model-bundle", "format_version": 1,
    "id": "tiny-ctlite-test", "name": "Tiny CT-Lite (untrained)", "version": "0.0.1",
    "created": "2026-11-28T08:00:00Z",
    "model": {
        "ctvit": {"dim": 32, "codebook_size": 16, "image_size": 40, "patch_size": 20,
                  "temporal_patch_size": 10, "spatial_depth": 1, "temporal_depth": 1,
                  "dim_head": 8, "heads": 2},
        "head": {"type": "sfp", "input_size": 128, "output_size": 16, "rank": 2, "block_size": 32,
                 "normalize_cores": False, "bias": False},
        "text": {"bert": {"vocab_size": 12, "hidden_size": 16, "num_hidden_layers": 1,
                          "num_attention_heads": 2, "intermediate_size": 24,
                          "max_position_embeddings": 32},
                 "max_length": 32, "lower_case": True},
        "latent_size": 16, "input_slices": 20},
    "input_path": "compressed",
    "thresholds": {"score": "present_probability",
                   "findings": [{"finding": n, "threshold": 0.5} for n in names]},
    "training_data": {"description": "none (random weights)", "cases": 0},
    "metrics": {}, "synthetic_training": True,
    "notice": "Untrained test model. Not for clinical use.",
}
json.dump(manifest, open(sys.argv[1], "w"), indent=1)
PY
  "$ctlite" bundle-init --manifest "$template/manifest.json" --vocab "$template/vocab.txt" --out "$out" --seed 3 > /dev/null
  rm -rf "$template"
}
