#!/usr/bin/env bash
# stats evaluate benchmark (target: n = 500 with 1,000 bootstrap resamples in <= 2 s), JMH single-shot times.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath \
  -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/test.classpath)"
java -cp "$cp" org.openjdk.jmh.Main EvaluateBenchmark "$@"
