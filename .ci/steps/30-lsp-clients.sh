#!/usr/bin/env bash
# Real-client tests of `copylint lsp`: headless Neovim (Debian's 0.7.2) and a Node client built on
# vscode-languageserver-protocol. Installs what it needs, builds the CLI, then runs both against it.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v nvim >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq neovim >/dev/null
fi

source .ci/steps/copylint.bash
export COPYLINT_LSP="dotnet $PWD/$COPYLINT_DLL lsp"

echo "== Neovim $(nvim --version | head -1) against copylint lsp"
timeout 180 nvim --headless --clean -c 'luafile tests/clients/nvim/lsp_test.lua'
echo

echo "== Node (vscode-languageserver-protocol) against copylint lsp"
(cd tests/clients && npm ci --no-audit --no-fund --loglevel=error && timeout 180 npm test)
