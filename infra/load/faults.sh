#!/usr/bin/env bash
# The fault harness: a fresh local stack in a temporary data dir, a steady load of needs, offerings and meetings,
# one fault after another (services killed, the broker and the store away, the mail server and a webhook receiver
# failing, a seat race, poison records), and a count of every alert owed for every accepted write. Localhost only.
# See infra/load/README.md.
#
#   infra/load/faults.sh                  build (offline), then the full run
#   infra/load/faults.sh --two-instances  the same with two instances of each service
#   infra/load/faults.sh --short          notification-service killed and the broker restarted only
#   infra/load/faults.sh --no-build       run what was built last time
set -euo pipefail
OSAAVA_LOAD_MAIN=fi.osaava.load.FaultMain exec "$(dirname "${BASH_SOURCE[0]}")/run.sh" "$@"
