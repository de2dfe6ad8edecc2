#!/usr/bin/env bash
# Offline proof (docs/install.md): runs the installed launcher's selftest, the demo and a predict on the demo case
# inside a network namespace with no network, with HOME an empty folder, and fails when any of them fails or when
# anything was written into that home.
#   installer/offline-check.sh target/installer/tacerisk
set -euo pipefail
app="$(cd "$1" && pwd)"
launcher="$app/bin/tacerisk"
home="$(mktemp -d)"
work="$(mktemp -d)"
trap 'rm -rf "$home" "$work"' EXIT

if unshare -rn true 2>/dev/null; then
    offline=(unshare -rn)
    echo "offline-check: running in a network namespace without network (unshare -rn)"
else
    offline=()
    echo "offline-check: network namespaces are not available here; the socket check of OfflineRunTest stands in"
fi

# java ignores $HOME for user.home (it reads the password database): set both
run() {
    HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home" "${offline[@]}" "$launcher" "$@"
}

run selftest
run demo --out "$work/demo" 2> "$work/demo.err" || { cat "$work/demo.err" >&2; exit 1; }
# the demo prints the predict command for its case; run it as a user would
predict="$(grep '^tacerisk predict ' "$work/demo.err" | sed 's/^tacerisk predict //')"
[ -n "$predict" ] || { echo "offline-check: the demo printed no predict command" >&2; cat "$work/demo.err" >&2; exit 1; }
# shellcheck disable=SC2086 # the arguments are paths without spaces (mktemp) and plain values
run predict $predict

left="$(cd "$home" && find . -mindepth 1 | head -20)"
if [ -n "$left" ]; then
    echo "offline-check: FAILED: files were created in the user's home:" >&2
    echo "$left" >&2
    exit 1
fi
echo "offline-check: selftest, demo and predict passed offline; nothing was written into the user's home"
