#!/usr/bin/env bash
# Runs the whole Osaava system on this machine without Docker: an embedded Kafka broker, a MongoDB-wire
# store (data kept in .osaava-data), GreenMail as the SMTP sink and the four services, plus demo data.
#
#   ./run-local.sh                 build, start, load demo data, print the URLs; Ctrl-C stops everything
#   ./run-local.sh --no-build      start what was built last time
#   ./run-local.sh --reset         forget the data (MongoDB file, logs, demo ids, client secrets) first
#   ./run-local.sh --help          all options
#
# The services demand OAuth2 tokens from membership-service. The coordinator's client secret is generated at the
# first start of a data dir and kept, with every demo organisation's client and the demo people's passwords, in
# .osaava-data/credentials.json (owner-only; never commit it); the banner prints the commands that get tokens
# (a person's: infra/local-stack/person-token.sh <username>).
#
# Stop with Ctrl-C (or kill -TERM <pid>): the services, GreenMail, Kafka and MongoDB are stopped in that order.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) args+=("$arg") ;;
  esac
done

if [[ "$build" == true ]]; then
  echo "Building (./mvnw -B -q -DskipTests package)…"
  ./mvnw -B -q -DskipTests package
fi

stack_dir=infra/local-stack/target/stack
if [[ ! -f "$stack_dir/launcher.classpath" || ! -d infra/local-stack/target/classes ]]; then
  echo "No launcher in $stack_dir: run ./run-local.sh without --no-build first." >&2
  exit 1
fi

exec java -cp "infra/local-stack/target/classes:$(cat "$stack_dir/launcher.classpath")" \
  fi.osaava.localstack.LocalStackMain ${args[@]+"${args[@]}"}
