-- Headless Neovim 0.7 as a real LSP client of `copylint lsp`:
--   nvim --headless --clean -c 'luafile tests/clients/nvim/lsp_test.lua'
-- Opens a file with known defects, asserts the diagnostics that arrive, removes one defect with a buffer
-- edit (sent as an incremental didChange), asserts the re-published diagnostics, then stops the server.
-- Neovim 0.7 has vim.lsp.start_client and vim.lsp.buf_attach_client (vim.lsp.start came later).

local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
local root = vim.fn.fnamemodify(here, ':h:h:h')
local command = os.getenv('COPYLINT_LSP') or ('dotnet ' .. root .. '/src/CopyLint.Cli/bin/Debug/net10.0/copylint.dll lsp')

local function fail(message)
  io.stderr:write('FAIL: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function expect(actual, expected, what)
  local a, e = vim.inspect(actual), vim.inspect(expected)
  if a ~= e then
    fail(what .. ': expected ' .. e .. ', got ' .. a)
  end
end

local published = {}
local client_id = vim.lsp.start_client({
  name = 'copylint',
  cmd = vim.split(command, ' ', { trimempty = true }),
  root_dir = here,
  flags = { debounce_text_changes = 50 },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      table.insert(published, result)
      return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
    end,
  },
})
if not client_id then
  fail('could not start ' .. command)
end

vim.cmd('edit ' .. vim.fn.fnameescape(here .. '/../fixtures/story.md'))
local buffer = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buffer, client_id)

local function wait_for(predicate, what)
  if not vim.wait(30000, predicate, 50) then
    fail('timed out waiting for ' .. what)
  end
end

local function summary(result)
  local rows = {}
  for _, d in ipairs(result.diagnostics) do
    -- Only the repeated-word rule is asserted, so findings of rule families added later do not break the test.
    if d.code == 'CL5001' then
      table.insert(rows, string.format('%s %d:%d-%d:%d %s', d.code, d.range.start.line, d.range.start.character,
        d.range['end'].line, d.range['end'].character, d.source))
    end
  end
  return rows
end

wait_for(function() return #published >= 1 end, 'the first diagnostics')
-- Line 2: "The minister 😀 said " is 21 UTF-16 code units, so "the the" spans 21..28; line 4 has CJK before the defect.
expect(summary(published[1]), { 'CL5001 2:21-2:28 copylint', 'CL5001 4:26-4:37 copylint' }, 'diagnostics after open')
expect(#vim.diagnostic.get(buffer) >= 2, true, 'diagnostics shown in the buffer')

-- Remove the first "the " (bytes, not UTF-16: the emoji is 4 bytes in Neovim's buffer).
local line = vim.api.nvim_buf_get_lines(buffer, 2, 3, true)[1]
local at = line:find('the the', 1, true) - 1
vim.api.nvim_buf_set_text(buffer, 2, at, 2, at + 4, {})
wait_for(function() return #summary(published[#published]) == 1 end, 'diagnostics after the edit')
expect(summary(published[#published]), { 'CL5001 4:26-4:37 copylint' }, 'diagnostics after the edit')

vim.lsp.stop_client(client_id)
wait_for(function() return vim.lsp.client_is_stopped(client_id) end, 'the server to stop')
io.stderr:write('nvim: 1 passed, 0 failed\n')
vim.cmd('qall!')
