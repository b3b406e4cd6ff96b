/**
 * Generates the bench corpus: mixed text (chat, logs, JSON, code, prose in several languages) with
 * PII and credentials mixed in. `mixed` puts a sensitive line in about 1 of 20 parts (one finding
 * per ~1.5 KB, already more than most prompts carry); `dense` in 1 of 5 (one per ~350 B).
 * Deterministic for a given seed.
 */
import { createRandom } from '../../src/core/random.js';

export { createRandom };

const prose = [
  'Thanks for getting back to me so quickly, the dashboard finally loads again after the cache flush.',
  'Could you check why the nightly export skipped the last three partitions? Nothing in the logs says why.',
  'We moved the meeting to Thursday because half the team is travelling for the conference.',
  'The customer says the invoice total does not match the quote they signed last month.',
  'Release notes: improved retry handling, smaller bundle, fixed a crash when the locale is missing.',
  'Der Bericht ist fertig, aber die Zahlen für das dritte Quartal fehlen noch.',
  'La reunión se movió al jueves porque la mitad del equipo está de viaje.',
  "Le client dit que le montant de la facture ne correspond pas au devis signé le mois dernier.",
  '请在周五之前把报告发给我，谢谢。',
  'Obrigado pela resposta rápida, o painel voltou a funcionar depois da limpeza do cache.',
];

const logLines = [
  '2026-03-14T09:12:44.120Z INFO  api.request method=GET path=/v2/orders status=200 duration_ms=41',
  '2026-03-14T09:12:45.002Z WARN  worker.retry job=export-7731 attempt=3 backoff_ms=800',
  '2026-03-14T09:12:46.871Z ERROR db.pool timeout acquiring connection after 5000ms pool=primary',
  '10.0.4.17 - - [14/Mar/2026:09:12:47 +0000] "POST /login HTTP/1.1" 302 0 "-" "Mozilla/5.0"',
];

const code = [
  'export function total(items) {\n  return items.reduce((sum, item) => sum + item.price * item.quantity, 0);\n}',
  'def load_config(path):\n    with open(path) as handle:\n        return yaml.safe_load(handle)',
  'SELECT id, status, created_at FROM orders WHERE created_at > now() - interval \'1 day\';',
];

const sensitive = [
  'Reach me at maria.lopez@mailbox.example.org or +44 20 7946 0958.',
  'Card on file: 4111 1111 1111 1111, exp 04/29.',
  'SSN 512-44-7789 for the background check.',
  'Wire to IBAN DE89 3704 0044 0532 0130 00 please.',
  'aws_access_key_id = AKIAZ7QF3XMPLE5KTW2Q',
  'export GITHUB_TOKEN=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',
  'connect to postgres://app:Xk93-frozen-Lamp@db.internal:5432/orders',
  'client 192.168.14.201 requested https://status.example.net/incidents?id=4471',
];

function jsonRecord(random: () => number): string {
  const id = Math.floor(random() * 1e6);
  return JSON.stringify({ id, status: random() < 0.5 ? 'shipped' : 'pending', total: Math.round(random() * 50000) / 100, note: pick(prose, random) });
}

export type Density = 'mixed' | 'dense';

/**
 * Short chat messages (one or two sentences of the prose above, 60–230 characters), distinct by
 * a varied opening; with `withEmail`, each also gives an e-mail address. Most messages a guard
 * sees in a chat product look like the first kind.
 */
export function chatMessages(count: number, seed: number, withEmail = false): string[] {
  const random = createRandom(seed);
  const openings = ['Hi', 'Hello', 'Hey team', 'Quick question', 'Morning', 'Thanks', 'Update', 'FYI', 'Sorry', 'One more thing'];
  const names = ['ana', 'li.wei', 'j.okafor', 'maria.lopez', 'k.schmidt', 'tomas', 'priya.r', 'sam'];
  return Array.from({ length: count }, (_, index) => {
    const opening = `${openings[index % openings.length]}${index >= openings.length ? ` again` : ''}, `;
    const sentences = random() < 0.5 ? pick(prose, random) : `${pick(prose, random)} ${pick(prose, random)}`;
    const email = withEmail ? ` You can reach me at ${pick(names, random)}@mailbox.example.org.` : '';
    return `${opening}${sentences}${email}`.replace(/[0-9]/g, '');
  });
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Mixed text of about `size` UTF-16 code units. */
export function mixedText(size: number, seed = 1, density: Density = 'mixed'): string {
  const sensitiveShare = density === 'dense' ? 0.2 : 0.05;
  const random = createRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const roll = random();
    const part =
      roll < sensitiveShare
        ? pick(sensitive, random)
        : roll < 0.45
          ? pick(prose, random)
          : roll < 0.7
            ? pick(logLines, random)
            : roll < 0.88
              ? jsonRecord(random)
              : pick(code, random);
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join('\n').slice(0, size);
}

/** Inputs built to trip backtracking regexes; every scan must still finish. */
export function pathologicalInputs(size: number): Record<string, string> {
  return {
    'one character (a)': 'a'.repeat(size),
    'at signs (@)': '@'.repeat(size),
    'a@ repeated': 'a@'.repeat(size / 2),
    'digits': '4'.repeat(size),
    'digits and spaces': '4 '.repeat(size / 2),
    'dots and digits': '1.'.repeat(size / 2),
    'base64 alphabet': 'QUJD'.repeat(size / 4),
    'equals signs': '='.repeat(size),
    'percent signs': '%'.repeat(size),
    'password= lines': 'password=\n'.repeat(size / 10),
    'nested base64': nestedBase64(size),
    'hex digits': 'ab'.repeat(size / 2),
    'colons and hex': 'a:'.repeat(size / 2),
    'zero-width joiners': 'a\u200b'.repeat(size / 2),
  };
}

function nestedBase64(size: number): string {
  let text = 'contact ana@mailbox.example.org ';
  for (let depth = 0; depth < 4; depth += 1) text = Buffer.from(text).toString('base64');
  return `${text} `.repeat(Math.ceil(size / (text.length + 1))).slice(0, size);
}
