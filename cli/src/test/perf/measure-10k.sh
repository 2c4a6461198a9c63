#!/usr/bin/env bash
# Measures `newsmodel validate` over 10,000 articles (kept out of the unit tests: it takes seconds and
# depends on the machine). Run from the repository root after `mvn -B -q package -DskipTests`:
#   bash cli/src/test/perf/measure-10k.sh [COUNT]
# Writes COUNT variants of examples/articles/reference-article.json (every 50th with a schema error) under a
# temporary directory, in 100 files per directory, then validates them with a 48 MB heap, with all
# cores and with one, and checks that both reports are byte-identical.
set -euo pipefail
count=${1:-10000}
jar=cli/target/newsmodel.jar
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
for ((i = 0; i < count; i++)); do
  dir=$tree/$(printf '%03d' $((i / 100)))
  mkdir -p "$dir"
  revision=1
  if ((i % 50 == 0)); then revision='"one"'; fi
  sed -e "s/\"id\": \"caucasian-knot-iskander-2021-04-06\"/\"id\": \"article-$i\"/" \
      -e "s/\"revision\": 1,/\"revision\": $revision,/" \
      examples/articles/reference-article.json > "$dir/a$(printf '%05d' "$i").json"
done
echo "$count articles, $(du -sh "$tree" | cut -f1), $(nproc) processors"
run() {
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  java -Xmx48m -jar "$jar" validate "$@" "$tree" > "$tree.$label.out" || true
  end=$(date +%s.%N)
  echo "$label: $(echo "$end - $start" | bc) s; $(tail -n 1 "$tree.$label.out")"
}
run all-cores
run one-core --jobs 1
cmp "$tree.all-cores.out" "$tree.one-core.out" && echo "reports identical"
rm -f "$tree".*.out
