#!/usr/bin/env bash
# The coordinator's desk pages' server time: a fresh local stack with the demo data plus 5,000 generated needs, the
# coordinator signed in, p50/p95/max per page (target p95 ≤ 300 ms). Localhost only. See infra/load/README.md.
#
#   infra/load/desk.sh              build (offline), then the run
#   infra/load/desk.sh --needs=500  fewer generated needs (a quick look)
#   infra/load/desk.sh --no-build   run what was built last time
set -euo pipefail
OSAAVA_LOAD_MAIN=fi.osaava.load.DeskMain exec "$(dirname "${BASH_SOURCE[0]}")/run.sh" "$@"
