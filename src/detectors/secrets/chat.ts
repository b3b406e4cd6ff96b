import { defineSecretRule, type SecretRecognizer } from './define-secret-rule.js';

/** Decodes the first part of a Discord bot token; it must be a user id (a 17–20 digit snowflake). */
export function isDiscordUserIdPart(part: string): boolean {
  const decoded = Buffer.from(part, 'base64url').toString('latin1');
  return /^[0-9]{17,20}$/.test(decoded);
}

/**
 * The first two characters of base64 of a number: the first digit (0x30–0x39) gives M, N or O,
 * then its low two bits and the next digit's high nibble (3) give D, T, j or z (only D or T after O).
 */
export const discordIdPrefixes: readonly string[] = ['MD', 'MT', 'Mj', 'Mz', 'ND', 'NT', 'Nj', 'Nz', 'OD', 'OT'];

/** Slack, Discord, Telegram and Microsoft Teams credentials. */
export const chatRules: readonly SecretRecognizer[] = [
  defineSecretRule({
    id: 'slack-token',
    type: 'SLACK_TOKEN',
    format: 'xoxb- / xoxp- / xoxa- / xoxo- / xoxr- / xoxs- / xoxe- / xoxe.xoxp- + digits + "-" + 8–250 letters, digits, dashes',
    pattern: /(?<![A-Za-z0-9])xox(?:[abposr]|e(?:\.xox[bp])?)-[0-9]{1,20}-[A-Za-z0-9-]{8,250}(?![A-Za-z0-9-])/,
    triggers: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxo-', 'xoxr-', 'xoxs-', 'xoxe-', 'xoxe.'],
    score: 0.95,
  }),
  defineSecretRule({
    id: 'slack-app-token',
    type: 'SLACK_TOKEN',
    format: 'xapp-<digit>-<app id>-<digits>-<64 hex> (app-level token)',
    pattern: /(?<![A-Za-z0-9])xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-f0-9]{64}(?![A-Za-z0-9])/,
    triggers: ['xapp-'],
    score: 0.97,
  }),
  defineSecretRule({
    id: 'slack-webhook-url',
    type: 'SLACK_WEBHOOK_URL',
    format: 'https://hooks.slack.com/services|workflows|triggers/T…/B…/<24–40 letters or digits>',
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{8,12}\/[A-Z0-9]{8,12}\/(?:[0-9]{8,20}\/)?[A-Za-z0-9]{24,40}(?![A-Za-z0-9])/,
    triggers: ['hooks.slack.com/'],
    triggerOffset: 'https://'.length,
    score: 0.95,
  }),
  defineSecretRule({
    id: 'discord-bot-token',
    type: 'DISCORD_BOT_TOKEN',
    format: 'base64(user id) "." 6 characters "." 27–38 characters; the first part must decode to a 17–20 digit id',
    pattern: /(?<![A-Za-z0-9_-])(?:[MN][DTjz]|O[DT])[A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![A-Za-z0-9_-])/,
    triggers: discordIdPrefixes,
    score: 0.9,
    validate: ({ value }) => isDiscordUserIdPart(value.slice(0, value.indexOf('.'))),
  }),
  defineSecretRule({
    id: 'discord-webhook-url',
    type: 'DISCORD_WEBHOOK_URL',
    format: 'https://(ptb.|canary.)discord(app).com/api/(v<n>/)webhooks/<17–20 digit id>/<60–72 base64url>',
    pattern: /https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v[0-9]{1,2})?\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,72}(?![A-Za-z0-9_-])/,
    triggers: ['discord.com/api', 'discordapp.com/api'],
    triggerOffset: 'https://canary.'.length,
    score: 0.95,
  }),
  defineSecretRule({
    id: 'telegram-bot-token',
    type: 'TELEGRAM_BOT_TOKEN',
    format: '8–10 digit bot id + ":AA" + 33 base64url characters, standalone or after "/bot" in an API URL',
    pattern: /:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])(?<=(?:(?<![A-Za-z0-9])|(?<=\/bot))([0-9]{8,10}:AA[A-Za-z0-9_-]{33}))/,
    triggers: [':AA'],
    group: 1,
    score: 0.9,
  }),
  defineSecretRule({
    id: 'teams-webhook-url',
    type: 'TEAMS_WEBHOOK_URL',
    format: 'https://<tenant>.webhook.office.com/webhookb2/<guid>@<guid>/IncomingWebhook/<32 hex>/<guid>',
    pattern: /https:\/\/[A-Za-z0-9-]{1,64}\.webhook\.office\.com\/webhookb2\/[0-9a-f-]{36}@[0-9a-f-]{36}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f-]{36}(?:\/[A-Za-z0-9_-]{1,80})?/,
    triggers: ['.webhook.office.com/'],
    triggerOffset: 'https://'.length + 64,
    score: 0.9,
  }),
];
