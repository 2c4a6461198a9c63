#!/usr/bin/env bash
# Profiles one benchmark with Java Flight Recorder and prints where its time and allocation go.
#
#   benchmarks/profile.sh 'ReadBenchmark.newsmodel$' large
#   benchmarks/profile.sh 'RenderBenchmark.newsmodel$' reference
#
# JFR samples without safepoint bias (debugNonSafePoints), so this stands in for async-profiler,
# which the build machines do not have. 1 fork, 3 x 1 s warm-up, 8 x 1 s recorded; the recording
# stays in benchmarks/target/jfr/ for a closer look with `jfr print` or JDK Mission Control.
set -euo pipefail
cd "$(dirname "$0")/.."
# The JDK that builds also runs: JAVA_HOME when set, else java on the PATH.
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

pattern=${1:?usage: profile.sh <benchmark regex> [reference|large]}
article=${2:-large}
jar=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ]; then
  mvn -B -q -pl benchmarks -am package -DskipTests
fi
dir=benchmarks/target/jfr/$(printf '%s' "$pattern" | tr -c 'A-Za-z0-9' '_')-$article
rm -rf "$dir"
"$java" -jar "$jar" "$pattern" -p "article=$article" -f 1 -wi 3 -i 8 -prof "jfr:dir=$dir;stackDepth=96" -prof gc
recording=$(find "$dir" -name '*.jfr' | head -n 1)
"$java" -cp "$jar" dev.newsmodel.benchmarks.ProfileSummary "$recording"
