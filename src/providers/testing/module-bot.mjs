// Fixture for the module target: answers like a tiny bot, and shows each way a module may answer.
export default async function reply(request) {
  const last = request.messages.filter((message) => message.role === 'user').at(-1)?.content ?? '';
  if (last === 'THROW') throw new Error('the fixture was asked to throw');
  if (last === 'BAD') return 42;
  if (last === 'HANG') return new Promise(() => {});
  if (last === 'TOOL') return { output: '', toolCalls: [{ id: 'call_1', name: 'lookup', arguments: '{"q":"x"}' }] };
  return `module says: ${last}`;
}

export const shout = (request) => ({ output: request.messages.at(-1).content.toUpperCase() });
