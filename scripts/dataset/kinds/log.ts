import { fillPhrase, mapValues, negativePiece, type Piece } from '../pieces.js';
import type { Random } from '../random.js';
import { digestHash, gitSha, uuid, versionString } from '../values/negatives.js';
import { asSentence, lowerSnake, slotField, slotPhrase, slotPiece, type RenderContext, type Slot } from './shared.js';

const services = ['auth', 'billing', 'api-gateway', 'checkout', 'notifier', 'profile-svc', 'kyc-worker', 'support-bot', 'sync'];
const levels = ['INFO', 'INFO', 'INFO', 'WARN', 'ERROR', 'DEBUG'];
const events = ['login failed', 'login succeeded', 'payment authorized', 'profile updated', 'webhook delivered', 'session created', 'validation error', 'record exported', 'password reset requested', 'rate limit exceeded'];

type Style = 'app' | 'json' | 'syslog';

function clock(random: Random, style: Style): string {
  const [hour, minute, second] = [random.int(0, 23), random.int(0, 59), random.int(0, 59)].map((value) => String(value).padStart(2, '0'));
  if (style === 'syslog') return `${random.pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} ${String(random.int(1, 28)).padStart(2, ' ')} ${hour}:${minute}:${second}`;
  return `2024-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}T${hour}:${minute}:${second}.${random.digits(3)}Z`;
}

function escapeJson(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

function line(random: Random, style: Style, message: string, fields: readonly (readonly [string, Piece])[]): Piece[] {
  const time = negativePiece('timestamp', clock(random, style));
  const service = random.pick(services);
  if (style === 'json') {
    const pieces: Piece[] = ['{"ts":"', time, `","level":"${random.pick(levels).toLowerCase()}","svc":"${service}","msg":"${escapeJson(message)}"`];
    for (const [key, value] of fields) pieces.push(`,"${key}":"`, ...mapValues([value], escapeJson), '"');
    return [...pieces, '}'];
  }
  const head: Piece[] = style === 'syslog' ? [time, ` app-${random.int(1, 9)} ${service}[${random.int(100, 40000)}]: `] : [time, ` ${random.pick(levels).padEnd(5)} [${service}] `];
  const pieces: Piece[] = [...head, message];
  for (const [key, value] of fields) pieces.push(` ${key}=`, value);
  return pieces;
}

function slotLine(context: RenderContext, style: Style, slot: Slot): Piece[] {
  const { random } = context;
  if (style !== 'json' && context.language === 'en' && random.chance(0.3)) {
    return line(random, style, '', []).concat(['chat message: "', ...fillPhrase(asSentence(slotPhrase(slot, random, 'en')), slotPiece(slot)), '"']);
  }
  return line(random, style, random.pick(events), [[lowerSnake(slotField(slot, random)), slotPiece(slot)]]);
}

function fillerLine(random: Random, style: Style): Piece[] {
  return random.pick([
    () => line(random, style, `job finished in ${random.int(3, 900)}ms`, [['job_id', negativePiece('uuid', uuid(random))]]),
    () => line(random, style, 'GET /healthz 200', [['latency_ms', String(random.int(1, 40))]]),
    () => line(random, style, 'worker started', [['version', negativePiece('version', versionString(random))], ['pid', String(random.int(100, 65000))]]),
    () => line(random, style, 'artifact verified', [['sha256', negativePiece('hash', digestHash(random))]]),
    () => line(random, style, 'deploy complete', [['commit', negativePiece('git-sha', gitSha(random))]]),
    () => line(random, style, `retrying in ${random.int(1, 30) * 100}ms`, [['attempt', `${random.int(1, 4)}/5`]]),
    () => line(random, style, 'cache stats', [['hit_ratio', (random.int(50, 99) / 100).toFixed(2)], ['keys', String(random.int(100, 90000))]]),
  ])();
}

/** Application logs (plain, JSON lines or syslog): slot values as key=value fields or quoted chat text. */
export function renderLog(context: RenderContext): Piece[] {
  const { random, slots } = context;
  const style: Style = random.weighted([['app', 5], ['json', 3], ['syslog', 2]] as const);
  const lines: Piece[][] = slots.map((slot) => slotLine(context, style, slot));
  const fillerCount = random.int(slots.length === 0 ? 2 : 1, 6);
  for (let index = 0; index < fillerCount; index += 1) lines.splice(random.int(0, lines.length), 0, fillerLine(random, style));
  return lines.flatMap((pieces, index) => (index === 0 ? pieces : ['\n', ...pieces]));
}
