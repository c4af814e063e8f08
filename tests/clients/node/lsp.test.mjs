// A real LSP client (the npm packages VS Code's own client is built on) against `copylint lsp` over stdio.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  CodeActionRequest, ShutdownRequest, ExitNotification, PublishDiagnosticsNotification, TextDocument,
} from 'vscode-languageserver-protocol/node.js';
import { serverCommand } from '../server-command.mjs';

const uri = 'file:///tmp/copylint-node-client/story.md';
// Two CL5001 defects; the emoji and curly quotes before them shift UTF-16 positions.
const text = 'Minister 😀 “Ana” said the the budget would be published.\nOfficials said they would would not comment.\n';

function diagnosticsFor(connection, version) {
  return new Promise((resolve) => {
    const disposable = connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      if (params.uri === uri && params.version === version) {
        disposable.dispose();
        // Only the repeated-word rule is asserted, so findings of rule families added later do not break the test.
        resolve(params.diagnostics.filter((d) => d.code === 'CL5001'));
      }
    });
  });
}

test('initialize, didOpen, incremental didChange, codeAction and shutdown', { timeout: 60_000 }, async () => {
  const { command, args } = serverCommand();
  const server = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = once(server, 'exit');
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  connection.listen();

  const init = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
  assert.equal(init.capabilities.textDocumentSync.change, 2);
  assert.ok(init.capabilities.hoverProvider);
  await connection.sendNotification(InitializedNotification.type, {});

  const opened = diagnosticsFor(connection, 1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const first = await opened;
  assert.deepEqual(first.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]), [
    ['CL5001', 0, 23, 30],
    ['CL5001', 1, 20, 31],
  ]);
  assert.equal(first[0].source, 'copylint');
  assert.equal(first[0].severity, 2);
  assert.match(first[0].codeDescription.href, /CL5001\.md$/);

  // Delete the first "the " (UTF-16 characters 23..27 on line 0): the first defect goes, the second stays.
  const changed = diagnosticsFor(connection, 2);
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 23 }, end: { line: 0, character: 27 } }, text: '' }],
  });
  const second = await changed;
  assert.deepEqual(second.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['CL5001', 1, 20]]);

  const actions = await connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri }, range: second[0].range, context: { diagnostics: second },
  });
  assert.deepEqual(actions.map((a) => a.title), ["Delete the second 'would'", 'Disable CL5001 for this line', 'Disable CL5001 for this file']);
  const edited = TextDocument.applyEdits(
    TextDocument.create(uri, 'markdown', 2, text.replace('the the', 'the')),
    actions[0].edit.changes[uri],
  );
  assert.equal(edited.split('\n')[1], 'Officials said they would not comment.');

  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  const [code] = await exited;
  assert.equal(code, 0);
  connection.dispose();
});
