"""Writes a `ctlite score --json` result (docs/ENGINE_PROTOCOL.md) for the export and PACS tests:
18 CT-RATE findings in order, scores rising with the index, evidence voxels inside a 16x16x5 CT.
Usage: python3 write_findings_json.py OUT.json"""
import json
import sys

NAMES = ["Medical material", "Arterial wall calcification", "Cardiomegaly", "Pericardial effusion",
         "Coronary artery wall calcification", "Hiatal hernia", "Lymphadenopathy", "Emphysema",
         "Atelectasis", "Lung nodule", "Lung opacity", "Pulmonary fibrotic sequela",
         "Pleural effusion", "Mosaic attenuation pattern", "Peribronchial thickening",
         "Consolidation", "Bronchiectasis", "Interlobular septal thickening"]

findings = []
for i, name in enumerate(NAMES):
    score = round(0.04 + 0.05 * i, 3)
    findings.append({"name": name, "score": score, "threshold": 0.51, "present": score >= 0.51,
                     "evidence_voxel": [i % 16, (3 * i) % 16, i % 5]})
json.dump({"model": {"id": "ctlite-demo", "name": "CT-Lite demo", "version": "0.1.0",
                     "weights_sha256": "ab" * 32, "input": "compressed",
                     "notice": "Trained on synthetic phantoms. Not for clinical use."},
           "device": "cpu", "findings": findings,
           "timings_ms": {"load": 3, "preprocess": 20, "encode": 900, "score": 2}},
          open(sys.argv[1], "w"))
