#!/usr/bin/env python3
"""A scripted stand-in for `ctlite serve` (docs/ENGINE_PROTOCOL.md) so the viewer's engine client
can be tested without LibTorch or a trained model. It is a test double: its scores are a fixed,
recognisable pattern, never a model output.

FAKE_ENGINE_MODE selects a behaviour:
  normal  progress events, then a result with the 18 CT-RATE findings (and a PCA NIfTI when
          pca_out is given and nibabel is available)
  slow    like normal, but waits for `cancel` between progress events (answers with a
          `cancelled` error)
  crash   exits with status 3 after the first progress event of a score
  garbage answers hello with a line that is not JSON
"""
import json
import os
import sys
import time

FINDINGS = [
    "Medical material", "Arterial wall calcification", "Cardiomegaly", "Pericardial effusion",
    "Coronary artery wall calcification", "Hiatal hernia", "Lymphadenopathy", "Emphysema",
    "Atelectasis", "Lung nodule", "Lung opacity", "Pulmonary fibrotic sequela", "Pleural effusion",
    "Mosaic attenuation pattern", "Peribronchial thickening", "Consolidation", "Bronchiectasis",
    "Interlobular septal thickening",
]

MODE = os.environ.get("FAKE_ENGINE_MODE", "normal")


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def write_pca(path):
    """A 16x16x8 RGB float NIfTI-1 (vector intent), written by hand: no nibabel needed."""
    import gzip
    import struct
    nx, ny, nz, spacing = 16, 16, 8, 8.0
    header = bytearray(348)
    struct.pack_into("<i", header, 0, 348)
    struct.pack_into("<8h", header, 40, 5, nx, ny, nz, 1, 3, 1, 1)
    struct.pack_into("<h", header, 68, 1007)          # NIFTI_INTENT_VECTOR
    struct.pack_into("<hh", header, 70, 16, 32)       # float32
    struct.pack_into("<8f", header, 76, 1, spacing, spacing, spacing, 1, 1, 1, 1)
    struct.pack_into("<f", header, 108, 352.0)        # vox_offset
    struct.pack_into("<f", header, 112, 1.0)          # scl_slope
    struct.pack_into("<h", header, 254, 1)            # sform_code
    for row in range(3):
        values = [0.0] * 4
        values[row] = spacing
        struct.pack_into("<4f", header, 280 + 16 * row, *values)
    header[344:348] = b"n+1\0"
    voxels = []
    for component in range(3):
        for z in range(nz):
            for y in range(ny):
                for x in range(nx):
                    inside = 4 <= x < 12 and 4 <= y < 12 and 2 <= z < 6
                    # A red block in the middle on a faint blue field: easy to find in a screenshot.
                    voxels.append((1.0 if inside else 0.0) if component == 0 else (0.25 if component == 2 else 0.0))
    payload = bytes(header) + b"\0\0\0\0" + struct.pack("<%df" % len(voxels), *voxels)
    temporary = path + ".partial"
    with gzip.open(temporary, "wb") as out:
        out.write(payload)
    os.replace(temporary, path)
    return path


def score(request_id, params, pending):
    stages = [("load", "reading volume"), ("preprocess", "lung window"), ("encode", "CT-ViT"),
              ("score", "18 findings")]
    for index, (stage, text) in enumerate(stages):
        send({"id": request_id, "event": "progress", "stage": stage,
              "fraction": (index + 1) / len(stages), "message": text})
        if MODE == "crash":
            sys.stderr.write("fake engine: simulated crash\n")
            sys.stderr.flush()
            os._exit(3)
        if MODE == "slow":
            line = sys.stdin.readline()
            if not line:
                return
            incoming = json.loads(line)
            if incoming.get("method") == "cancel":
                send({"id": request_id, "error": {"message": "cancelled by the user", "kind": "cancelled"}})
                send({"id": incoming["id"], "result": {}})
                return
            pending.append(incoming)
    findings = []
    for index, name in enumerate(FINDINGS):
        value = round(0.05 * index + 0.02, 3)
        findings.append({"name": name, "score": value, "threshold": 0.5, "present": value >= 0.5,
                         "evidence_voxel": [index, index, 1]})
    pca = write_pca(params["pca_out"]) if params.get("pca_out") else ""
    send({"id": request_id, "result": {
        "model": {"id": "fake", "name": "Fake engine (test double)", "version": "0",
                  "weights_sha256": "", "input": "compressed",
                  "notice": "Trained on synthetic phantoms. Not for clinical use."},
        "device": params.get("device", "cpu"), "findings": findings,
        "timings_ms": {"load": 1, "preprocess": 2, "encode": 3, "score": 4}, "pca": pca}})


def handle(request, pending):
    method = request.get("method")
    request_id = request.get("id")
    if method == "hello":
        if MODE == "garbage":
            sys.stdout.write("this is not json\n")
            sys.stdout.flush()
            return True
        send({"id": request_id, "result": {"version": "0.1.0-fake", "devices": ["cpu"],
                                           "cuda_available": False, "threads": 1}})
    elif method == "score":
        score(request_id, request.get("params", {}), pending)
    elif method == "shutdown":
        send({"id": request_id, "result": {}})
        return False
    else:
        send({"id": request_id, "result": {}})
    return True


def main():
    pending = []
    for line in sys.stdin:
        try:
            request = json.loads(line)
        except ValueError as error:
            send({"id": None, "error": {"message": str(error), "kind": "input"}})
            continue
        pending.append(request)
        while pending:
            if not handle(pending.pop(0), pending):
                return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
