#!/usr/bin/env bash
# Morphology + local intensity on IBSI configuration C (needs ../shared), JMH.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath \
  -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" org.openjdk.jmh.Main MorphologyBenchmark "$@"
