#!/usr/bin/env bash
# The load harness: a fresh local stack in a temporary data dir, the scenarios, one table. Localhost only,
# at most 15 minutes (--quick: at most 8). See infra/load/README.md.
#
#   infra/load/run.sh            build (offline), then the full run
#   infra/load/run.sh --quick    a smoke test of the harness
#   infra/load/run.sh --no-build run what was built last time
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

build=true
for arg in "$@"; do
  [[ "$arg" == --no-build ]] && build=false
done
if [[ "$build" == true ]]; then
  echo "Building (./mvnw -B -q -o -DskipTests package -pl infra/load -am)…"
  ./mvnw -B -q -o -DskipTests package -pl infra/load -am
fi
if [[ ! -f infra/load/target/load.classpath ]]; then
  echo "infra/load is not built: run infra/load/run.sh without --no-build first." >&2
  exit 1
fi

# the sink keeps counts, not mails; the heap is for the HTTP clients and the 100,000-recipient bookkeeping
# faults.sh runs the fault harness through this script with OSAAVA_LOAD_MAIN=fi.osaava.load.FaultMain
exec java -Xmx2g -cp "infra/load/target/classes:$(cat infra/load/target/load.classpath)" "${OSAAVA_LOAD_MAIN:-fi.osaava.load.LoadMain}" "$@"
