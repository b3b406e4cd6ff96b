import { describe, expect, it } from 'vitest';
import { alphabets as a, fakeChars, found, scanSecrets, secretExamples } from './testing.js';

describe('work tools and SaaS APIs', () => {
  it.each(['linear-api-key', 'airtable-token', 'algolia-api-key', 'postman-api-key', 'supabase-token', 'mapbox-secret-token', 'figma-token'])(
    'finds the %s example in a JSON config',
    (id) => {
      const { secret } = secretExamples[id]!;
      const text = JSON.stringify({ service: id, credentials: { value: secret } }, null, 2);
      expect(found(text.replace('"value"', `"${id.replace(/-/g, '_')}"`)).map(([, value]) => value)).toEqual([secret]);
    },
  );

  it('scores a new ntn_ Notion token 0.95 and a legacy secret_ one 0.7, or 1 near "notion"', () => {
    const { secret } = secretExamples['notion-token']!;
    expect(scanSecrets(`INTEGRATION=${secret}`)[0]).toMatchObject({ type: 'NOTION_TOKEN', score: 0.95 });
    const legacy = `secret_${fakeChars('notion-legacy', a.base62, 43)}`;
    expect(scanSecrets(`INTEGRATION=${legacy}`)[0]).toMatchObject({ type: 'NOTION_TOKEN', score: 0.7 });
    expect(scanSecrets(`notion key ${legacy}`)[0]).toMatchObject({ type: 'NOTION_TOKEN', score: 1 });
  });

  it('finds a Supabase secret key and ignores public Mapbox tokens and Algolia app ids', () => {
    const secretKey = `sb_secret_${fakeChars('sb-secret', a.base64url, 32)}`;
    expect(found(`SUPABASE_SECRET_KEY=${secretKey}`)).toEqual([['SUPABASE_TOKEN', secretKey]]);
    expect(found(`pk.eyJ${fakeChars('pk', a.base64url, 60)}.${fakeChars('pk2', a.base64url, 22)}`)).toEqual([]);
    expect(found(`ALGOLIA_APP_ID=${fakeChars('algolia-app', a.hex, 32)}`)).toEqual([]);
  });
});
