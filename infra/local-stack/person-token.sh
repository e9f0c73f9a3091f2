#!/usr/bin/env bash
# Prints a person's access token from membership-service: the authorization code flow with PKCE (S256) as
# the public client osaava-web, through the login form, the way a browser app gets one.
#
#   OSAAVA_PASSWORD='...' infra/local-stack/person-token.sh <username> [membership base URL]
#   PERSON_TOKEN=$(infra/local-stack/person-token.sh koordinaattori@demo.osaava.fi)   # asks for the password
#   PERSON_TOKEN=$(infra/local-stack/person-token.sh --credentials .osaava-data/credentials.json koordinaattori@demo.osaava.fi)
#
# The password comes from OSAAVA_PASSWORD, from the local stack's credentials file (--credentials FILE, a demo
# person's; needs python3) or is asked for; never from an argument, so it does not show in ps or in a log.
# The redirect URI http://127.0.0.1:8400/callback is allowed by default; nothing needs to listen there: the
# code is read from the Location header. Only the token goes to stdout; errors go to stderr, exit status 1.
# Needs bash, curl, openssl and sed (and mktemp/rm for the cookie jar).
set -euo pipefail

readonly CLIENT_ID=osaava-web
readonly REDIRECT_URI=http://127.0.0.1:8400/callback
readonly REDIRECT_URI_ENCODED=http%3A%2F%2F127.0.0.1%3A8400%2Fcallback

fail() {
  echo "person-token.sh: $*" >&2
  exit 1
}

credentials=
if [[ "${1:-}" == --credentials ]]; then
  [[ $# -ge 2 ]] || fail "--credentials needs a file"
  credentials=$2
  shift 2
fi
if [[ $# -lt 1 || $# -gt 2 || "$1" == -* ]]; then
  echo "Usage: [OSAAVA_PASSWORD=...] $0 [--credentials FILE] <username> [membership base URL, default http://localhost:8081]" >&2
  exit 2
fi
username=$1
base=${2:-http://localhost:8081}
base=${base%/}

if [[ -n "${OSAAVA_PASSWORD+set}" ]]; then
  password=$OSAAVA_PASSWORD
elif [[ -n "$credentials" ]]; then
  [[ -r "$credentials" ]] || fail "cannot read $credentials"
  command -v python3 >/dev/null || fail "needs python3 to read $credentials"
  password=$(python3 - "$credentials" "$username" <<'PY'
import json, sys
path, username = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    people = json.load(f).get("people", [])
for person in people:
    if person.get("username") == username:
        print(person["password"])
        break
else:
    sys.exit(f"no demo person {username} in {path}")
PY
) || fail "could not read $username's password from $credentials"
else
  [[ -t 0 ]] || fail "no OSAAVA_PASSWORD and no terminal to ask for the password"
  read -r -s -p "Password for $username: " password
  echo >&2
fi
[[ -n "$password" ]] || fail "empty password"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=$work/cookies

# one request with the cookie jar; sets $status and $location (absolute), the body goes to $work/body
request() {
  local out
  out=$(curl -sS -b "$jar" -c "$jar" -o "$work/body" -w '%{http_code} %{redirect_url}' "$@") \
    || fail "could not reach $base (is the stack running?)"
  status=${out%% *}
  location=${out#* }
}

base64url() {
  openssl base64 -A | sed -e 's/+/-/g' -e 's#/#_#g' -e 's/=*$//'
}

verifier=$(openssl rand -hex 32)
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64url)
state=$(openssl rand -hex 16)
authorize="$base/oauth2/authorize?response_type=code&client_id=$CLIENT_ID&redirect_uri=$REDIRECT_URI_ENCODED"
authorize+="&code_challenge=$challenge&code_challenge_method=S256&state=$state"

# 1. the authorization endpoint sends a browser without a session to the login form
request -H 'Accept: text/html' "$authorize"
[[ "$status" == 302 && "$location" == */login ]] \
  || fail "GET /oauth2/authorize answered $status ${location:-} (expected a redirect to /login): is $base membership-service?"

# 2. the form, for its CSRF token
request -H 'Accept: text/html' "$base/login"
csrf=$(sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' "$work/body" | sed -n 1p)
[[ "$status" == 200 && -n "$csrf" ]] || fail "GET /login answered $status without the form's _csrf value"

# 3. log in; the password goes to curl on stdin, not on its command line
request -H 'Accept: text/html' --data-urlencode "username=$username" \
  --data-urlencode 'password@-' --data-urlencode "_csrf=$csrf" "$base/login" < <(printf '%s' "$password")
[[ "$status" == 302 ]] || fail "POST /login answered $status (expected a redirect)"
if [[ "$location" == *"/login?error"* ]]; then
  fail "login refused: wrong username or password, or the user is disabled (or the initial password is older than 7 days)"
fi
[[ "$location" == *"/oauth2/authorize"* ]] || fail "after the login the server redirected to $location, not back to /oauth2/authorize"

# 4. back to the authorization endpoint, now with the session: it redirects to the app with the code
request -H 'Accept: text/html' "$location"
[[ "$status" == 302 && "$location" == "$REDIRECT_URI?"* ]] \
  || fail "the authorization endpoint answered $status ${location:-} instead of redirecting to $REDIRECT_URI"
query=${location#*\?}
param() { printf '%s\n' "$query" | sed -n "s/^\(.*&\)\{0,1\}$1=\([^&]*\).*/\2/p"; }
error=$(param error)
[[ -z "$error" ]] || fail "the authorization endpoint answered error=$error"
[[ "$(param state)" == "$state" ]] || fail "the redirect carries another state than was sent"
code=$(param code)
[[ -n "$code" ]] || fail "the redirect carries no code"

# 5. the code (still form-encoded as it came in the query) and the verifier for the token
request -H 'Accept: application/json' --data-urlencode grant_type=authorization_code \
  -d "code=$code" --data-urlencode "redirect_uri=$REDIRECT_URI" \
  --data-urlencode "client_id=$CLIENT_ID" --data-urlencode "code_verifier=$verifier" "$base/oauth2/token"
token=$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' "$work/body")
[[ "$status" == 200 && -n "$token" ]] || fail "POST /oauth2/token answered $status: $(sed -n 1p "$work/body")"
printf '%s\n' "$token"
