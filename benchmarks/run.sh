#!/usr/bin/env bash
# Builds the benchmarks jar and runs the JMH suite, then writes the comparison table.
#
#   benchmarks/run.sh                 full suite -> benchmarks/results/latest.json and latest.md
#   benchmarks/run.sh RenderBenchmark -prof stack
#                                     any JMH arguments (a benchmark regex, profilers...) -> a partial
#                                     run written to benchmarks/target/partial.json and partial.md,
#                                     leaving the committed results alone
#
# The full suite is 10 benchmarks x 2 articles = 20 runs of 1 fork, 4 x 1 s warm-up (8 for reads,
# whose large article reaches steady state later) and 10 x 1 s
# measurement each (set on the benchmark classes; ten iterations keep the 99.9% intervals narrow
# with one fork), with the gc profiler for allocation per operation: about 5.5 minutes of measuring
# plus the build, under 10 minutes on 2 cores. Run it on a quiet machine: anything else running on
# the same cores makes the numbers noisy.
set -euo pipefail
cd "$(dirname "$0")/.."
# The JDK that builds also runs: JAVA_HOME when set, else java on the PATH.
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

echo "== build (mvn package, tests skipped)"
# MVN_FLAGS: extra Maven options, such as -o (offline) on a machine without a remote repository.
# shellcheck disable=SC2086
mvn -B -q ${MVN_FLAGS:-} -pl benchmarks -am package -DskipTests

jar=benchmarks/target/benchmarks.jar
if [ "$#" -eq 0 ]; then
  out=benchmarks/results/latest
else
  out=benchmarks/target/partial
fi
mkdir -p "$(dirname "$out")"

echo "== machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //')"
echo "== JDK: $("$java" -version 2>&1 | head -n 1)"
echo "== run ($(date -u '+%Y-%m-%d %H:%M UTC'))"
"$java" -jar "$jar" -prof gc -rf json -rff "$out.json" "$@"

echo "== table: $out.md"
"$java" -cp "$jar" dev.newsmodel.benchmarks.ResultsTable "$out.json" "$out.md"
