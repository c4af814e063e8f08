#!/usr/bin/env bash
# The built command line on the examples: exit codes, every format parses, fix --dry-run writes nothing.
set -euo pipefail
source .ci/steps/copylint.bash
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

expect_exit() {
  local want="$1"; shift
  local got=0
  "$@" >"$tmp/out" 2>"$tmp/err" || got=$?
  if [[ "$got" != "$want" ]]; then
    echo "FAIL: '$*' exited $got, expected $want"; cat "$tmp/out" "$tmp/err"; exit 1
  fi
}

expect_exit 1 copylint check examples/
expect_exit 0 copylint check examples/01-clean-library-reopens.txt examples/06-clean-council-vote.md
expect_exit 0 copylint check examples/ --fail-on never
expect_exit 2 copylint check examples/missing.txt
expect_exit 2 copylint check examples/ --format xml
expect_exit 1 copylint check examples/ --format json --output "$tmp/report.json"
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); if (r.version !== 1 || !r.summary.problems) process.exit(1)' "$tmp/report.json"
expect_exit 1 copylint check examples/ --format github
grep -q '^::warning file=examples/\|^::error file=examples/' "$tmp/out"

before="$(cat examples/*.txt examples/*.md | sha256sum)"
expect_exit 0 copylint fix examples/ --dry-run
grep -q '^--- a/examples/' "$tmp/out"
[[ "$(cat examples/*.txt examples/*.md | sha256sum)" == "$before" ]] || { echo "FAIL: fix --dry-run changed files"; exit 1; }

expect_exit 0 copylint rules
expect_exit 0 copylint explain CL5001
expect_exit 2 copylint explain CL9999
echo "CLI smoke: ok"
