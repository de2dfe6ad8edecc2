#!/usr/bin/env bash
# Radiomics benchmark (docs/performance.md): full IBSI-1 set for configuration C and a 1 M-voxel ROI. Needs ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath \
  -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" org.openjdk.jmh.Main RadiomicsBenchmark "$@"
