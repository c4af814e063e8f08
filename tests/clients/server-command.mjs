// How the client tests start the server: COPYLINT_LSP (a shell-style command line) or the Debug build of the CLI.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function serverCommand() {
  const line = process.env.COPYLINT_LSP ?? `dotnet ${path.join(root, 'src/CopyLint.Cli/bin/Debug/net10.0/copylint.dll')} lsp`;
  const [command, ...args] = line.split(' ').filter(Boolean);
  return { command, args };
}
