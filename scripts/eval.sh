#!/usr/bin/env bash
# Scores `reader extract --json` against the development gold data in ../shared/eval.
#
#   scripts/eval.sh [--debug] [--no-build] [--json] [CORPUS...]
#
# Builds the release reader once (or the debug one with --debug), runs extract on each corpus
# folder as a whole (so story grouping and degraded recovery see every article), and prints the
# scorer's table. CORPUS defaults to gum-train polnear-traindev degraded-dev basil-dev. Predictions are kept
# in ${EVAL_OUT:-.build/eval}/<corpus>.jsonl. With --json, prints one JSON object per corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
eval_dir="${EVAL_DIR:-$root/../shared/eval}"
if [ ! -d "$eval_dir" ]; then
    echo "eval.sh: no evaluation data at $eval_dir (set EVAL_DIR)" >&2
    exit 2
fi
configuration=release
build=1
json=0
corpora=()
for argument in "$@"; do
    case "$argument" in
        --debug) configuration=debug ;;
        --no-build) build=0 ;;
        --json) json=1 ;;
        *) corpora+=("$argument") ;;
    esac
done
[ ${#corpora[@]} -eq 0 ] && corpora=(gum-train polnear-traindev degraded-dev basil-dev)
if [ "$build" = 1 ]; then
    if [ "$configuration" = release ]; then scripts/build-release >&2; else swift build --product reader >&2; fi
fi
reader="$(swift build -c "$configuration" --show-bin-path)/reader"
out="${EVAL_OUT:-$root/.build/eval}"
mkdir -p "$out"
for corpus in "${corpora[@]}"; do
    "$reader" extract --json "$eval_dir/$corpus/docs" > "$out/$corpus.jsonl"
    if [ "$json" = 1 ]; then
        printf '{"corpus": "%s", "scores": ' "$corpus"
        python3 "$eval_dir/score.py" "$eval_dir/$corpus/gold.jsonl" "$out/$corpus.jsonl" \
            --text-root "$eval_dir/$corpus/docs" --json 2>/dev/null | tr -d '\n'
        printf '}\n'
    else
        echo "== $corpus"
        python3 "$eval_dir/score.py" "$eval_dir/$corpus/gold.jsonl" "$out/$corpus.jsonl" \
            --text-root "$eval_dir/$corpus/docs" 2>&1 | grep -v '^warning' || true
    fi
done
