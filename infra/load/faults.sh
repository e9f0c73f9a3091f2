#!/usr/bin/env bash
# The fault harness: a fresh local stack in a temporary data dir, a steady load of needs, one fault after another
# (services killed, the broker and the store away, the mail server away, poison records), and a count of every mail
# owed for every accepted write. Localhost only. See infra/load/README.md.
#
#   infra/load/faults.sh            build (offline), then the full run
#   infra/load/faults.sh --short    notification-service killed and the broker restarted only
#   infra/load/faults.sh --no-build run what was built last time
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
  echo "infra/load is not built: run infra/load/faults.sh without --no-build first." >&2
  exit 1
fi

exec java -Xmx1g -cp "infra/load/target/classes:$(cat infra/load/target/load.classpath)" fi.osaava.load.FaultMain "$@"
