#!/usr/bin/env bash
# Validates CopyLint's SARIF with Microsoft's SARIF Multitool. The validator exits 0 even when it finds errors,
# so its own SARIF log is read: any result at level "error" fails the step.
set -euo pipefail
source .ci/steps/copylint.bash
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

copylint check examples/ --format sarif --output "$tmp/copylint.sarif" --fail-on never

npm install --prefix "$tmp/npm" --no-save --no-audit --no-fund --loglevel=error @microsoft/sarif-multitool@5.7.0 >/dev/null
multitool="$tmp/npm/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
chmod u+x "$multitool"   # npm may skip the package's postinstall chmod
"$multitool" validate "$tmp/copylint.sarif" --output "$tmp/validation.sarif" --log ForceOverwrite --level "Error;Warning;Note" --quiet

node - "$tmp/validation.sarif" <<'JS'
const log = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8"));
let errors = 0;
for (const run of log.runs ?? []) {
  const rules = run.tool?.driver?.rules ?? [];
  for (const result of run.results ?? []) {
    const level = result.level ?? rules[result.ruleIndex ?? -1]?.defaultConfiguration?.level ?? "warning";
    const text = result.message?.text ?? (result.message?.arguments ?? []).join(" ");
    console.log(`${level} ${result.ruleId}: ${text}`);
    if (level === "error") errors++;
  }
  for (const invocation of run.invocations ?? []) {
    for (const n of [...(invocation.toolExecutionNotifications ?? []), ...(invocation.toolConfigurationNotifications ?? [])]) {
      if ((n.level ?? "warning") === "error") { console.log(`error (validator): ${n.message?.text}`); errors++; }
    }
  }
}
console.log(`SARIF validation: ${errors} error(s)`);
process.exit(errors > 0 ? 1 : 0);
JS
