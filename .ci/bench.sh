#!/usr/bin/env bash
# Runs one JMH benchmark class from src/test/java/org/tacerisk/bench (results go in docs/performance.md):
#   .ci/bench.sh DicomLoadBenchmark -wi 3 -i 10
# Benchmarks on the IBSI phantom need ../shared beside the clone.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: .ci/bench.sh BENCHMARK_CLASS [JMH options]" >&2; exit 2; }
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath \
  -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/test.classpath)"
if [ "$1" = DicomLoadBenchmark ]; then
  # The 500-slice series is written once (about 262 MB) and reused.
  java -Xmx3g -cp "$cp" org.tacerisk.bench.BenchmarkSeries target/bench/ct-500
fi
exec java -cp "$cp" org.openjdk.jmh.Main "$@"
