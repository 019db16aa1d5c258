# Sourced by the installer's training scripts (train-demo-model.sh, comparison-table.sh,
# ablation-curves.sh): one thread per process, elapsed-time stamps, and the one way they run a
# `ctlite train` stage. The sourcing script sets `ctlite` (the binary), `data` (the phantoms),
# `cache` (the preprocessed-input cache), `slices` and `seed`.

# The towers are tiny: one thread per process avoids OpenMP/OpenBLAS threads spinning against
# each other on a busy machine (measured: 12 s/step with 2 threads at load 15, <1 s with 1).
export CTLITE_NUM_THREADS="${CTLITE_NUM_THREADS:-1}" OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}"

start=$(date +%s)
# Progress goes to stderr, so that a script's stdout (a table, a log) holds only its result.
stamp() { echo "[$(( $(date +%s) - start )) s] $*" >&2; }

# run_stage STAGE OUT [ARGS...]: `ctlite train STAGE` into OUT, unless OUT/model exists (a
# finished run is reused); a run that left checkpoints is resumed (--resume continues exactly).
run_stage() {
  local stage="$1" out="$2"; shift 2
  if [[ -e "$out/model" ]]; then stamp "$(basename "$out"): done earlier ($out/model)"; return; fi
  local resume=()
  [[ -d "$out/checkpoints" ]] && resume=(--resume)
  stamp "$(basename "$out"): ctlite train $stage $*"
  "$ctlite" train "$stage" --data "$data" --out "$out" --cache "$cache" --slices "$slices" \
    --seed "$seed" --loader-threads 1 "${resume[@]}" "$@"
}
