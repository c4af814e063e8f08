#!/usr/bin/env bash
# Builds the native binary from nothing (clang and zlib are what Native AOT links with), then smoke-tests it:
# --version, and a check of examples/ that must run to the end whatever it finds.
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v clang >/dev/null 2>&1 || missing+=(clang)
[[ -e /usr/include/zlib.h ]] || missing+=(zlib1g-dev)
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "40-native: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "40-native: dotnet publish (Native AOT, linux-x64)"
start=$SECONDS
dotnet publish src/CopyLint.Cli -c Release -r linux-x64 -o out -nologo -v q
echo "40-native: published out/copylint ($(du -h out/copylint | cut -f1)) in $((SECONDS - start))s"

version=$(out/copylint --version)
[[ -n $version ]] || { echo "40-native: --version printed nothing" >&2; exit 1; }
echo "40-native: copylint --version: $version"

if [[ -d examples ]]; then
  out/copylint check examples/ --fail-on never >/dev/null
  echo "40-native: copylint check examples/ --fail-on never: ok"
else
  echo "40-native: no examples/ folder yet: check skipped"
fi
