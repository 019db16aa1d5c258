#!/usr/bin/env bash
# `ctlite train` and `ctlite evaluate` on the two non-CT-RATE training layouts (docs/FINE_TUNING.md
# "Your own data"), from tiny synthesised phantoms:
#   (a) volumes + reports CSV: DICOM series folders, no label columns (labels derived from the
#       reports by the rule-based labeler), split and patient columns;
#   (b) paired series: the same DICOM volumes plus `ctlite synth`'s JPEG stacks in a `compressed`
#       column, with the 18 label columns.
# teacher trains on (a), fast and sfp on (b), evaluate runs on both. The student of (b) must read
# its JPEG stacks: sfp still trains when the uncompressed volumes are replaced by garbage.
# Usage: bash train_data_layouts_test.sh <ctlite> <shared-dir> <build-dir>
source "$(dirname "$0")/lib/test_prologue.bash" "$@"

source "$here/lib/tiny_training_configs.sh"
write_tiny_training_configs "$work"

"$ctlite" synth --count 8 --seed 3 --formats dicom,jpeg --out "$work/synth" > /dev/null

# Lay the phantoms out as (a) and (b): a folder of volumes (and stacks) with one CSV each.
"$python" - "$work/synth" "$work/own" "$work/paired" <<'PY'
import csv, os, shutil, sys
synth, own, paired = sys.argv[1:4]
dataset = os.path.join(synth, "dataset")
def table(name):
    with open(os.path.join(dataset, name), newline="") as f:
        return list(csv.DictReader(f))
cases = []
for split, long_name in (("train", "train"), ("valid", "validation")):
    labels = {r["VolumeName"]: r for r in table(f"multi_abnormality_labels/{split}_predicted_labels.csv")}
    for r in table(f"radiology_text_reports/{long_name}_reports.csv"):
        name = r["VolumeName"]
        stem = name[: -len(".nii.gz")]
        patient = "_".join(stem.split("_")[:2])
        rel = os.path.join(*stem.split("_")[:1], "_".join(stem.split("_")[:2]), "_".join(stem.split("_")[:3]), stem)
        cases.append(dict(stem=stem, split=split, patient=patient, rel=rel,
                          report=r["Findings_EN"] + "\n" + r["Impressions_EN"], labels=labels[name]))
findings = [k for k in cases[0]["labels"].keys() if k not in ("VolumeName", "")]
assert len(findings) == 18, findings
for root, with_pairs in ((own, False), (paired, True)):
    rows = []
    for c in cases:
        shutil.copytree(os.path.join(synth, "dicom", c["rel"]), os.path.join(root, "volumes", c["stem"]))
        row = {"volume": f"volumes/{c['stem']}", "report": c["report"], "split": c["split"], "patient": c["patient"]}
        if with_pairs:
            shutil.copytree(os.path.join(synth, "jpeg", c["rel"]), os.path.join(root, "stacks", c["stem"]))
            row["compressed"] = f"stacks/{c['stem']}"
            row.update({f: c["labels"][f] for f in findings})
        rows.append(row)
    name = "reports.csv" if not with_pairs else "pairs.csv"
    with open(os.path.join(root, name), "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        writer.writeheader()
        writer.writerows(rows)
print(len(cases), "cases,", sum(c["split"] == "valid" for c in cases), "valid")
PY

common=(--cache "$work/cache" --slices 8 --loader-threads 1 --seed 1 --warmup 0 --lr 3e-3)
run_json() { "$python" -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$@"; }

# (a): teacher on DICOM volumes named by reports.csv (the folder is given; the CSV is found).
"$ctlite" train teacher --data "$work/own" --out "$work/teacher" "${common[@]}" --config "$work/ctvit.json" \
  --text-config "$work/bert.json" --text-max-length 32 --latent 16 --steps 3 --batch-size 4 > /dev/null
[[ -f "$work/teacher/model/manifest.json" ]] || fail "teacher on the reports-CSV layout wrote no bundle"
[[ "$(run_json "$work/teacher/run.json" data_layout)" == "volumes + reports CSV" ]] || fail "run.json layout (a)"
[[ "$(run_json "$work/teacher/run.json" labels_from_reports)" == "True" ]] || fail "labels not derived for (a)"
# Step events carry the engine's memory: a resident set, and no CUDA figures on a CPU run.
"$python" - "$work/teacher/events.jsonl" <<'PY' || fail "step events without memory"
import json, sys
steps = [e for e in map(json.loads, open(sys.argv[1])) if e["event"] == "step"]
assert steps and all(e["memory"]["resident_bytes"] > 0 and e["memory"]["device"] == "cpu" for e in steps)
assert not any("cuda_allocated_bytes" in e["memory"] for e in steps)
PY

# (b): FAST with the teacher reading DICOM and the student its JPEG stack, then SFP.
"$ctlite" train fast --data "$work/paired/pairs.csv" --out "$work/fast" "${common[@]}" \
  --teacher "$work/teacher" --steps 2 --accumulation 2 > /dev/null
[[ "$(run_json "$work/fast/run.json" data_layout)" == "paired uncompressed/compressed series" ]] || fail "run.json layout (b)"
# The student reads the stacks: with every uncompressed volume replaced by garbage (and no
# cache) SFP, which needs the compressed input only, still trains.
for folder in "$work/paired/volumes/"*; do
  rm -r "$folder" && mkdir "$folder" && echo garbage > "$folder/0001.dcm"
done
"$ctlite" train sfp --data "$work/paired/pairs.csv" --out "$work/sfp" "${common[@]}" --no-cache \
  --teacher "$work/teacher" --student "$work/fast" --rank 2 --steps 2 --batch-size 4 > /dev/null
[[ -f "$work/sfp/model/manifest.json" ]] || fail "sfp on the paired layout wrote no bundle"

# evaluate: the teacher (uncompressed input) on (a)'s DICOM volumes, the SFP bundle (compressed
# input) on (b)'s stacks, the volumes there still being garbage.
for layout in own/reports.csv paired/pairs.csv; do
  model=$work/sfp/model
  [[ $layout == own/* ]] && model=$work/teacher/model
  "$ctlite" evaluate --model "$model" --data "$work/$layout" --split train --slices 8 --out "$work/eval.json" \
    --json > /dev/null
  "$python" - "$work/eval.json" "$layout" <<'PY' || fail "evaluation on $layout"
import json, sys
r = json.load(open(sys.argv[1]))
own = sys.argv[2].startswith("own")
assert len(r["findings"]) == 18 and r["cases"] > 0, r.get("cases")
assert r["data_layout"] == ("volumes + reports CSV" if own else "paired uncompressed/compressed series"), r["data_layout"]
assert r["labels_from_reports"] == own
print(sys.argv[2], ":", r["cases"], "cases evaluated")
PY
done

# A broken CSV stops training up front with the file and the problem named.
printf 'volume,report\nvolumes/nowhere,x\n' > "$work/own/broken.csv"
if "$ctlite" train teacher --data "$work/own/broken.csv" --out "$work/broken" "${common[@]}" \
     --config "$work/ctvit.json" --steps 1 2> "$work/broken.err"; then fail "a CSV naming a missing volume trained"; fi
grep -q "volumes/nowhere: listed in .*broken.csv (row 1) but missing" "$work/broken.err" \
  || fail "error does not name the missing volume: $(cat "$work/broken.err")"
echo "train data layouts: all checks passed"
