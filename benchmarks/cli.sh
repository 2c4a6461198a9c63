#!/usr/bin/env bash
# Times the `newsmodel` command on 10,000 files beside ajv (and check-jsonschema where it is installed),
# then prints and writes the ratio table of issue 12's targets.
#
#   mvn -B -q -pl cli -am package -DskipTests     # builds cli/target/newsmodel.jar and newsmodel-jdkN.jsa
#   benchmarks/cli.sh                             # -> benchmarks/results/cli.md
#
# Environment: RUNS (timed runs per command, default 5, after one warm-up), COUNT (files per tree,
# default 10000), HEAP_100K=1 (also check the -Xmx64m heap on a 100,000-file tree: 420 MB of disk),
# BASELINE_JAR (another newsmodel.jar, such as one built from main: its reports on the same trees must be
# byte-identical, and its times are shown beside). Needs a JDK 17+, Node.js and npm (ajv 8.20.0 and
# ajv-formats 3.0.1 are installed into benchmarks/target/cli/node, the versions .ci/run uses).
#
# Everything it writes, but the results file, is under benchmarks/target/cli/. Run it on a quiet
# machine: other work on the same cores shows up in every number.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=benchmarks/target/cli
runs=${RUNS:-5}
count=${COUNT:-10000}
jar=cli/target/newsmodel.jar
schema=json-schema/src/main/resources/dev/newsmodel/json/article.schema.json
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
out=benchmarks/results/cli.md

[ -f "$jar" ] || { echo "cli.sh: $jar is missing; run mvn -B -q -pl cli -am package -DskipTests" >&2; exit 2; }
command -v node >/dev/null && command -v npm >/dev/null || { echo "cli.sh: needs Node.js and npm" >&2; exit 2; }
mkdir -p "$work"
if [ ! -d "$work/node/node_modules/ajv-formats" ]; then
  echo "== npm install ajv@8.20.0 ajv-formats@3.0.1 into $work/node"
  npm install --silent --no-audit --no-fund --prefix "$work/node" ajv@8.20.0 ajv-formats@3.0.1 >/dev/null
fi
export NODE_PATH=$root/$work/node/node_modules

echo "== trees: $count files each (valid; one in 50 invalid)"
node benchmarks/src/cli/trees.js examples/articles/reference-article.json "$work/valid" "$count" 0
node benchmarks/src/cli/trees.js examples/articles/reference-article.json "$work/mixed" "$count" 50

# time LABEL COMMAND...: one warm-up, then RUNS timed runs; appends "LABEL s1 s2 ..." to $work/times.
: > "$work/times"
time_it() {
  local label=$1; shift
  "$@" > "$work/$label.out" 2> "$work/$label.err" || true
  local line=$label
  for ((r = 0; r < runs; r++)); do
    local start end
    start=$(date +%s%N)
    "$@" > "$work/$label.out" 2> "$work/$label.err" || true
    end=$(date +%s%N)
    line="$line $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')"
  done
  echo "$line" >> "$work/times"
  echo "   $line"
}
# stat LABEL: "mean sd min" of its times.
stat() {
  awk -v l="$1" '$1 == l { n = NF - 1; for (i = 2; i <= NF; i++) { s += $i; q += $i * $i; if (m == "" || $i < m) m = $i }
    mean = s / n; sd = n > 1 ? sqrt((q - s * s / n) / (n - 1)) : 0; printf "%.3f %.3f %.3f", mean, sd, m }' "$work/times"
}

echo "== machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //'); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== JDK: $("$java" -version 2>&1 | head -n 1); node $(node --version)"
echo "== timing ($runs runs each after a warm-up; $(date -u '+%Y-%m-%d %H:%M UTC'))"
launcher=(bin/newsmodel)
for tree in valid mixed; do
  time_it "newsmodel-$tree" "${launcher[@]}" validate "$work/$tree"
  time_it "jar-$tree" "$java" -jar "$jar" validate "$work/$tree"
  time_it "ajv-$tree" node benchmarks/src/cli/ajv-validate.js "$schema" "$work/$tree"
  if [ -n "${BASELINE_JAR:-}" ]; then
    time_it "baseline-$tree" "$java" -jar "$BASELINE_JAR" validate "$work/$tree"
  fi
  if command -v check-jsonschema >/dev/null 2>&1; then
    time_it "check-jsonschema-$tree" sh -c "find '$work/$tree' -name '*.json' -print0 | xargs -0 check-jsonschema --schemafile '$schema'"
  fi
done
time_it newsmodel-version "${launcher[@]}" --version
time_it jar-version "$java" -jar "$jar" --version
if [ -n "${BASELINE_JAR:-}" ]; then
  time_it baseline-version "$java" -jar "$BASELINE_JAR" --version
fi

echo "== checks"
checks=()
if [ -n "${BASELINE_JAR:-}" ]; then
  for format in text json sarif github; do
    "$java" -jar "$BASELINE_JAR" validate --format "$format" "$work/mixed" > "$work/baseline.$format" 2>/dev/null || true
    "${launcher[@]}" validate --format "$format" "$work/mixed" > "$work/new.$format" 2>/dev/null || true
    if cmp -s "$work/baseline.$format" "$work/new.$format"; then
      checks+=("reports on the mixed tree, --format $format: byte-identical to BASELINE_JAR's")
    else
      checks+=("reports on the mixed tree, --format $format: **DIFFER** from BASELINE_JAR's")
    fi
  done
fi
heap() {
  local tree=$1 expected=$2 code=0
  NEWSMODEL_OPTS="-Xmx64m" "${launcher[@]}" validate "$tree" > "$work/heap.out" 2> "$work/heap.err" || code=$?
  if [ "$code" = "$expected" ] && ! grep -q OutOfMemoryError "$work/heap.err"; then
    checks+=("$(tail -n 1 "$work/heap.out" | cut -d';' -f1) under -Xmx64m: done, exit $code")
  else
    checks+=("$tree under -Xmx64m: **FAILED** (exit $code)")
  fi
}
heap "$work/valid" 0
heap "$work/mixed" 1
if [ "${HEAP_100K:-0}" = 1 ]; then
  node benchmarks/src/cli/trees.js examples/articles/reference-article.json "$work/mixed-100k" 100000 50
  heap "$work/mixed-100k" 1
  rm -rf "$work/mixed-100k"
fi
if command -v check-jsonschema >/dev/null 2>&1; then
  checks+=("check-jsonschema: $(check-jsonschema --version 2>&1 | head -n 1)")
else
  checks+=("check-jsonschema: not installed, so not timed (it comes from PyPI, which this machine cannot reach; Debian has no package of it)")
fi

row() { # LABEL-OF-NEWSMODEL LABEL-OF-BASELINE MEASURE TARGET
  local am asd amin bm bsd bmin ratio verdict
  read -r am asd amin <<< "$(stat "$1")"
  read -r bm bsd bmin <<< "$(stat "$2")"
  ratio=$(awk -v a="$am" -v b="$bm" 'BEGIN { printf "%.2f", a / b }')
  verdict=$(awk -v r="$ratio" -v t="$4" 'BEGIN { print (r <= t ? "met" : "**missed**") }')
  echo "| $3 | $am ± $asd (min $amin) | $bm ± $bsd (min $bmin) | $ratio× | ≤ $4× | $verdict |"
}
{
  echo "# newsmodel validate beside ajv: $count files"
  echo
  echo "- Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //'); $("$java" -version 2>&1 | head -n 1); node $(node --version), ajv 8.20.0 + ajv-formats 3.0.1 (draft 2020-12, strict, allErrors)"
  echo "- $(date -u '+%Y-%m-%d'); $runs timed runs per command after one warm-up; wall seconds, mean ± standard deviation (min)."
  echo "- \`newsmodel\` is the launcher \`bin/newsmodel\` (its JVM options and the class-data-sharing archive); \`java -jar\` is the bare jar."
  echo
  echo "| measure | newsmodel (s) | baseline (s) | ratio | target | |"
  echo "|---|--:|--:|--:|--:|---|"
  row newsmodel-valid ajv-valid "\`bin/newsmodel validate\`, $count valid files / ajv" 1.0
  row newsmodel-mixed ajv-mixed "the same, one in 50 invalid / ajv" 1.5
  row jar-valid ajv-valid "\`java -jar newsmodel.jar validate\`, valid / ajv" 1.0
  row jar-mixed ajv-mixed "the same, one in 50 invalid / ajv" 1.5
  if [ -n "${BASELINE_JAR:-}" ]; then
    row newsmodel-valid baseline-valid "\`bin/newsmodel validate\`, valid / BASELINE_JAR" 1.0
    row newsmodel-mixed baseline-mixed "\`bin/newsmodel validate\`, mixed / BASELINE_JAR" 1.0
  fi
  if command -v check-jsonschema >/dev/null 2>&1; then
    row newsmodel-valid check-jsonschema-valid "\`bin/newsmodel validate\`, valid / check-jsonschema" 1.0
  fi
  echo
  echo "| command | wall (s) | target |"
  echo "|---|--:|--:|"
  for label in newsmodel-version jar-version baseline-version; do
    grep -q "^$label " "$work/times" || continue
    read -r m sd mn <<< "$(stat "$label")"
    case $label in
      newsmodel-*) name="bin/newsmodel --version" ;;
      jar-*) name="java -jar newsmodel.jar --version" ;;
      *) name="java -jar BASELINE_JAR --version" ;;
    esac
    echo "| \`$name\` | $m ± $sd (min $mn) | ≤ 0.15 |"
  done
  echo
  for c in "${checks[@]}"; do
    echo "- $c"
  done
} > "$out"
echo "== table: $out"
cat "$out"
