#!/usr/bin/env bash
# LASSO CV benchmark (500 x 1500 synthetic, 10 folds, full default paths): JMH single-shot times in ms.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath \
  -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/test.classpath)"
java -cp "$cp" org.openjdk.jmh.Main LassoBenchmark "$@"
