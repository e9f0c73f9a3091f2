#!/usr/bin/env bash
# Prints an access token of one of the local stack's OAuth2 clients (client credentials), reading the client's id
# and secret from the stack's credentials.json, so that no secret is printed by the banner, kept in a redirected
# log or shown on a command line (the secret reaches curl on its standard input, not as an argument).
#
#   infra/local-stack/client-token.sh [--credentials FILE] coordinator
#   TOKEN=$(infra/local-stack/client-token.sh 'Pohjois-Savon hyvinvointialue')
#
# FILE defaults to .osaava-data/credentials.json (run from the repository root); the token endpoint is the one the
# file names. Only the token goes to stdout; errors go to stderr, exit status 1. Needs bash, curl and python3.
set -euo pipefail

fail() {
  echo "client-token.sh: $*" >&2
  exit 1
}

credentials=.osaava-data/credentials.json
if [[ "${1:-}" == --credentials ]]; then
  [[ $# -ge 2 ]] || fail "--credentials needs a file"
  credentials=$2
  shift 2
fi
if [[ $# -ne 1 || "$1" == -* ]]; then
  echo "Usage: $0 [--credentials FILE] <coordinator | demo organisation name>" >&2
  exit 2
fi
[[ -r "$credentials" ]] || fail "cannot read $credentials (start the stack with ./run-local.sh first, or give --credentials)"
command -v python3 >/dev/null || fail "needs python3 to read $credentials"

# line 1: the token endpoint; line 2: curl's config line with the client's id and secret
lookup=$(python3 - "$credentials" "$1" <<'PY'
import json, sys
path, name = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    stored = json.load(f)
client = stored.get("coordinator") if name == "coordinator" else stored.get("organisations", {}).get(name)
if not client:
    known = ", ".join(["coordinator"] + sorted(stored.get("organisations", {})))
    sys.exit(f"no client '{name}' in {path}; known: {known}")
def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
print(stored["tokenEndpoint"])
print("user = " + quoted(client["clientId"] + ":" + client["clientSecret"]))
PY
) || fail "could not read the client from $credentials"
endpoint=${lookup%%$'\n'*}
config=${lookup#*$'\n'}

body=$(curl -sS -K - -d grant_type=client_credentials -w '\n%{http_code}' "$endpoint" <<<"$config") \
  || fail "could not reach $endpoint (is the stack running?)"
status=${body##*$'\n'}
body=${body%$'\n'*}
token=$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' <<<"$body")
[[ "$status" == 200 && -n "$token" ]] || fail "POST $endpoint answered $status: $body"
printf '%s\n' "$token"
