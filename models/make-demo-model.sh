#!/usr/bin/env bash
# Rebuilds the SYNTHETIC DEMO model bundle models/hcc-tace-demo end to end (docs/demo-model.md).
# SYNTHETIC DEMO — not for clinical use.
#
#   models/make-demo-model.sh [WORK_DIR]
#
# WORK_DIR (default: a new temporary folder) receives the synthetic cohort (about 3 GB), the deep model, the
# features table and the training output (report.md, evaluation.json, predictions.csv); only the bundle (which
# holds a copy of the deep model under deep/ and of report.md with its figures) is copied into the repository.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$(mktemp -d "${TMPDIR:-/tmp}/tacerisk-demo.XXXXXX")}"
seed=20261127
patients=475
size=full
threads="${THREADS:-2}"
deep_epochs="${DEEP_EPOCHS:-15}"
settings="$repo/models/hcc-tace-demo-settings/radiomics.yaml"
config="$repo/models/hcc-tace-demo-settings/training.yaml"
bundle="$repo/models/hcc-tace-demo"

cd "$repo"
mvn -B -q -DskipTests package
tacerisk="$repo/target/dist/bin/tacerisk"

mkdir -p "$work"
if [[ -e "$work/cohort" || -e "$work/deep" || -e "$work/train" ]]; then
  echo "make-demo-model: $work already holds a cohort, deep model or training output; give an empty WORK_DIR" >&2
  exit 2
fi

step() { echo "== $1" >&2; }
step "synth: $patients patients, seed $seed, size $size"
time "$tacerisk" synth --out "$work/cohort" --patients "$patients" --seed "$seed" --size "$size"
step "deep train: training-cohort rows only, $deep_epochs epochs at most, seed $seed"
# The CNN sees only the training cohort (test and external stay unseen, as for the radiomics LASSO): deep train
# uses the train rows of cohort.csv, in file order, unless --cohorts says otherwise; deep/training-cases.csv lists
# them.
time "$tacerisk" deep train --cases "$work/cohort/cohort.csv" --out "$work/deep" \
  --epochs "$deep_epochs" --seed "$seed"
step "cohort extract ($threads threads, with deep features)"
time "$tacerisk" cohort extract --manifest "$work/cohort/cohort.csv" --settings "$settings" \
  --deep "$work/deep" --out "$work/features.csv" --threads "$threads"
step "cohort train"
time "$tacerisk" cohort train --manifest "$work/cohort/cohort.csv" --features "$work/features.csv" \
  --config "$config" --settings "$settings" --deep "$work/deep" --synthetic --out "$work/train"

step "copying the bundle to models/hcc-tace-demo"
rm -rf "$bundle"
cp -r "$work/train/bundle" "$bundle"
# signed with the DEMO key, whose private half is public: trusted for synthetic bundles only (docs/model-bundle.md)
"$tacerisk" bundle sign --bundle "$bundle" --key "$repo/src/test/resources/demo-signing/tacerisk-demo.key"
"$tacerisk" bundle verify --require-trusted "$bundle"
du -sh "$bundle" >&2
echo "report: $work/train/report.md" >&2
