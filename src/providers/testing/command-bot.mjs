// Fixture for the command target: reads a ChatRequest on stdin and answers on stdout by its last message.
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  const last = request.messages.filter((message) => message.role === 'user').at(-1)?.content ?? '';
  if (last === 'FAIL') {
    process.stderr.write('fixture failure on purpose\n');
    process.exitCode = 3;
    return;
  }
  if (last === 'HANG') return globalThis.setTimeout(() => {}, 60_000);
  if (last === 'BAD_JSON') return process.stdout.write('{"output": ');
  if (last === 'PLAIN') return process.stdout.write('plain text answer\n');
  const toolCalls = last === 'TOOL' ? [{ id: 'call_1', name: 'lookup', arguments: '{}' }] : undefined;
  process.stdout.write(JSON.stringify({ output: `command says: ${last}`, toolCalls, tools: (request.tools ?? []).length }));
});
