#!/usr/bin/python3
"""How much of each finding a linear read-out finds in the network's two inputs.

Fits a logistic regression per finding on the mean-pooled network input (8 x 16 x 16 cells of
the 32 x 64 x 64 input) of the training split and scores the validation split, once for the
uncompressed HU input (the teacher's, `volume`) and once for the lung-window JPEG-Q90 input (the
student's, `compressed`). Equal AUROCs mean the compression lost nothing such a read-out uses:
the ceiling docs/TRAINING.md compares the naive JPEG fine-tune against.

Reads the preprocessed inputs that `ctlite train` left in its --cache folder (a teacher run
fills `volume`, a fast run both), so run it after installer/train-demo-model.sh:

    installer/input-probe.py build/demo-training/phantoms build/demo-training/cache

Needs numpy and scikit-learn (Debian: python3-sklearn).
"""
import csv
import glob
import json
import os
import struct
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

POOL = (4, 4, 4)  # input voxels per cell along slices, rows, columns


def read_safetensors(path):
    """The float32 tensors and the metadata of one cache entry."""
    with open(path, "rb") as f:
        data = f.read()
    (length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + length])
    metadata = header.pop("__metadata__", {})
    tensors = {}
    for name, entry in header.items():
        if entry["dtype"] != "F32":
            continue
        begin, end = entry["data_offsets"]
        tensors[name] = np.frombuffer(data[8 + length + begin:8 + length + end],
                                      dtype=np.float32).reshape(entry["shape"])
    return tensors, metadata


def pooled(volume):
    slices, rows, columns = volume.shape[-3:]
    p, r, c = POOL
    return volume.reshape(slices // p, p, rows // r, r, columns // c, c).mean(axis=(1, 3, 5)).ravel()


def cached_inputs(data_dir, cache_dir, key):
    """{(variant, volume file name): pooled input}; variant is 'training' or 'inference'."""
    root = os.path.realpath(data_dir)
    features = {}
    for path in glob.glob(os.path.join(cache_dir, "*.safetensors")):
        tensors, metadata = read_safetensors(path)
        source = metadata.get("source", "").split("|")[0]
        if key not in tensors or not os.path.realpath(source).startswith(root + os.sep):
            continue
        variant = "training" if "ctclip=training" in metadata.get("parameters", "") else "inference"
        features[(variant, os.path.basename(source))] = pooled(tensors[key][0])
    return features


def labels(data_dir, split):
    path = os.path.join(data_dir, "dataset", "multi_abnormality_labels", f"{split}_predicted_labels.csv")
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def probe(data_dir, cache_dir, key):
    features = cached_inputs(data_dir, cache_dir, key)
    # Training inputs come with the training-time preprocessing, validation ones with inference's.
    train = [r for r in labels(data_dir, "train") if ("training", r["VolumeName"]) in features]
    valid = [r for r in labels(data_dir, "valid") if ("inference", r["VolumeName"]) in features]
    if not train or not valid:
        sys.exit(f"no cached `{key}` inputs of {data_dir} in {cache_dir}: run a training stage first")
    x_train = np.array([features[("training", r["VolumeName"])] for r in train])
    x_valid = np.array([features[("inference", r["VolumeName"])] for r in valid])
    mean, std = x_train.mean(0), x_train.std(0) + 1e-6
    x_train, x_valid = (x_train - mean) / std, (x_valid - mean) / std
    scores = {}
    for finding in (name for name in train[0] if name != "VolumeName"):
        y_train = np.array([int(r[finding]) for r in train])
        y_valid = np.array([int(r[finding]) for r in valid])
        if y_train.sum() < 2 or len(set(y_valid)) < 2:
            scores[finding] = None  # one class: no AUROC
            continue
        model = LogisticRegression(C=0.01, max_iter=2000).fit(x_train, y_train)
        scores[finding] = roc_auc_score(y_valid, model.decision_function(x_valid))
    return scores, len(train), len(valid)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    data_dir, cache_dir = sys.argv[1:]
    volume, n_train, n_valid = probe(data_dir, cache_dir, "volume")
    compressed, _, _ = probe(data_dir, cache_dir, "compressed")
    print(f"Linear probe, {n_train} training / {n_valid} validation volumes: validation AUROC\n")
    print("| finding | uncompressed HU | lung window, JPEG Q90 |")
    print("|---|---|---|")
    show = lambda value: "–" if value is None else f"{value:.3f}"
    for finding in volume:
        print(f"| {finding} | {show(volume[finding])} | {show(compressed[finding])} |")
    macro = lambda scores: np.mean([v for v in scores.values() if v is not None])
    print(f"| macro | {macro(volume):.3f} | {macro(compressed):.3f} |")


if __name__ == "__main__":
    main()
