# Sourced by steps: how to run the copylint built by .ci/run.
COPYLINT_DLL="src/CopyLint.Cli/bin/${CONFIGURATION:-Debug}/net10.0/copylint.dll"
if [[ ! -f "$COPYLINT_DLL" ]]; then
  dotnet build src/CopyLint.Cli -c "${CONFIGURATION:-Debug}" >/dev/null
fi
copylint() { dotnet "$COPYLINT_DLL" "$@"; }
