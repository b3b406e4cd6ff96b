import { describe, expect, it } from 'vitest';
import { discordIdPrefixes, isDiscordUserIdPart } from './chat.js';
import { alphabets as a, base64Url, fakeChars, found, scanSecrets, secretExamples, spanIn } from './testing.js';

describe('Slack', () => {
  it('finds bot, user and app tokens in a Python script', () => {
    const bot = secretExamples['slack-token']!.secret;
    const user = `xoxp-${fakeChars('xoxp-a', a.digits, 11)}-${fakeChars('xoxp-b', a.digits, 11)}-${fakeChars('xoxp-c', a.digits, 13)}-${fakeChars('xoxp', a.hex, 32)}`;
    const app = secretExamples['slack-app-token']!.secret;
    const text = `client = WebClient(token="${bot}")\nuser_client = WebClient(token='${user}')\nSocketModeHandler(app, "${app}")`;
    expect(found(text)).toEqual([
      ['SLACK_TOKEN', bot],
      ['SLACK_TOKEN', user],
      ['SLACK_TOKEN', app],
    ]);
  });

  it('finds a refresh-style config token', () => {
    const token = `xoxe.xoxp-1-${fakeChars('xoxe', a.base62, 120)}`;
    expect(found(`SLACK_CONFIG_TOKEN=${token}`)).toEqual([['SLACK_TOKEN', token]]);
  });

  it('finds a webhook URL in a log line, not the documentation one', () => {
    const { secret } = secretExamples['slack-webhook-url']!;
    const text = `2024-05-01 12:00:01 WARN notify failed url=${secret} status=404`;
    expect(scanSecrets(text)).toEqual([expect.objectContaining({ type: 'SLACK_WEBHOOK_URL', ...spanIn(text, secret) })]);
    expect(found('https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX')).toEqual([]);
  });

  it('ignores placeholder tokens', () => {
    expect(found('SLACK_BOT_TOKEN=xoxb-your-token and xoxb-123-456-xxxxxxxxxxxx')).toEqual([]);
  });
});

describe('Discord', () => {
  it('decodes the first part of a bot token to a user id', () => {
    expect(isDiscordUserIdPart(base64Url('123456789012345678'))).toBe(true);
    expect(isDiscordUserIdPart(base64Url('hello world, hi!!'))).toBe(false);
  });

  it('finds a bot token in JavaScript and a webhook URL in YAML', () => {
    const { secret: token } = secretExamples['discord-bot-token']!;
    expect(found(`client.login('${token}');`)).toEqual([['DISCORD_BOT_TOKEN', token]]);
    const { secret: webhook } = secretExamples['discord-webhook-url']!;
    expect(found(`alerts:\n  discord: ${webhook}\n`)).toEqual([['DISCORD_WEBHOOK_URL', webhook]]);
  });

  it('triggers on exactly the two-character prefixes that base64 of a number can start with', () => {
    const prefixes = new Set<string>();
    for (let first = 0; first <= 9; first++) for (let second = 0; second <= 9; second++) prefixes.add(base64Url(`${first}${second}0`).slice(0, 2));
    expect([...prefixes].sort()).toEqual([...discordIdPrefixes].sort());
    const token = `${base64Url('987654321098765432')}.${fakeChars('d9', a.base64url, 6)}.${fakeChars('d9b', a.base64url, 30)}`;
    expect(token.slice(0, 2)).toBe('OT');
    expect(found(`token ${token}`)).toEqual([['DISCORD_BOT_TOKEN', token]]);
  });

  it('ignores dotted base64 whose first part is not a user id', () => {
    const lookalike = `${base64Url('1not-a-user-id-here')}.${fakeChars('dl', a.base64url, 6)}.${fakeChars('dl2', a.base64url, 38)}`;
    expect(lookalike[0]).toBe('M');
    expect(found(`x ${lookalike} y`)).toEqual([]);
  });
});

describe('Telegram and Teams', () => {
  it('finds a bot token in Python and in a URL path', () => {
    const { secret } = secretExamples['telegram-bot-token']!;
    expect(found(`bot = telebot.TeleBot("${secret}")`)).toEqual([['TELEGRAM_BOT_TOKEN', secret]]);
    expect(found(`GET https://api.telegram.org/bot${secret}/getMe`)).toEqual([['TELEGRAM_BOT_TOKEN', secret]]);
    expect(found(`robot${secret}`)).toEqual([]);
  });

  it('ignores a token with a short id or a short secret', () => {
    expect(found(`1234567:AA${fakeChars('tg-short', a.base64url, 33)} 1234567890:AA${fakeChars('tg-short2', a.base64url, 30)}`)).toEqual([]);
  });

  it('finds a Teams incoming webhook URL', () => {
    const { text, secret } = secretExamples['teams-webhook-url']!;
    expect(found(text)).toEqual([['TEAMS_WEBHOOK_URL', secret]]);
  });
});
