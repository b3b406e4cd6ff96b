import { describe, expect, it } from 'vitest';
import { alphabets as a, fakeChars, found, secretExamples } from './testing.js';

describe('infrastructure tokens', () => {
  it('finds every example in a Terraform variables file', () => {
    const ids = ['digitalocean-token', 'vault-token', 'terraform-cloud-token', 'pulumi-access-token', 'doppler-token', 'databricks-token', 'cloudflare-api-token'];
    const lines = ids.map((id) => `${id.replace(/-/g, '_')} = "${secretExamples[id]!.secret}"`);
    expect(found(lines.join('\n')).map(([, value]) => value)).toEqual(ids.map((id) => secretExamples[id]!.secret));
  });

  it('types each one', () => {
    expect(found(`VAULT_TOKEN=${secretExamples['vault-token']!.secret}`)[0]![0]).toBe('VAULT_TOKEN');
    expect(found(`token = "${secretExamples['terraform-cloud-token']!.secret}"`)[0]![0]).toBe('TERRAFORM_CLOUD_TOKEN');
    expect(found(`CF_API_TOKEN: ${secretExamples['cloudflare-api-token']!.secret}`)[0]![0]).toBe('CLOUDFLARE_API_TOKEN');
  });

  it('finds a Cloudflare global key (37 hex) by name', () => {
    const key = fakeChars('cf-global', a.hex, 37);
    expect(found(`CLOUDFLARE_API_KEY=${key}`)).toEqual([['CLOUDFLARE_API_TOKEN', key]]);
  });

  it('ignores wrong lengths, upper-case hex and unnamed 40-character values', () => {
    expect(found(`dop_v1_${fakeChars('do-short', a.hex, 63)} pul-${fakeChars('pul-up', a.hex, 40).toUpperCase()} hvs.short`)).toEqual([]);
    expect(found(`zone: ${fakeChars('cf-zone', a.base64url, 40)}`)).toEqual([]);
    expect(found(`CLOUDFLARE_ZONE_ID=${fakeChars('cf-zone-id', a.hex, 32)}`)).toEqual([]);
  });
});
