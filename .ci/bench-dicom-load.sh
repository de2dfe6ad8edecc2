#!/usr/bin/env bash
# DICOM scan + load benchmark (docs/performance.md): writes a 500 x 512 x 512 series once, then runs JMH.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath \
  -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/test.classpath)"
java -Xmx3g -cp "$cp" org.tacerisk.bench.BenchmarkSeries target/bench/ct-500
java -cp "$cp" org.openjdk.jmh.Main DicomLoadBenchmark "$@"
