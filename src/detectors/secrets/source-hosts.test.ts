import { describe, expect, it } from 'vitest';
import { alphabets as a, fakeChars, fakeChecksummedToken, found, scanSecrets, secretExamples, spanIn } from './testing.js';

describe('GitHub tokens', () => {
  it.each(['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'])('finds a %s token with a valid checksum at 0.99, in shell history', (prefix) => {
    const token = fakeChecksummedToken(prefix, `history-${prefix}`);
    const text = `  501  git clone https://github.com/acme/api.git\n  502  export GH_TOKEN=${token}\n  503  gh pr list`;
    expect(scanSecrets(text)).toEqual([expect.objectContaining({ type: 'GITHUB_TOKEN', ...spanIn(text, token), score: 0.99 })]);
  });

  it('still reports a token whose checksum fails, at 0.6 with a message', () => {
    const token = fakeChecksummedToken('ghp_', 'bad-checksum', false);
    const text = `token: ${token}`;
    expect(scanSecrets(text)).toEqual([
      expect.objectContaining({ type: 'GITHUB_TOKEN', ...spanIn(text, token), score: 0.6, message: 'token shape matches but its CRC-32 checksum does not' }),
    ]);
  });

  it('finds a fine-grained token in a chat message and a token used as a URL password once', () => {
    const { secret } = secretExamples['github-fine-grained-token']!;
    expect(found(`hey, can you try my token ${secret} ? thanks`)).toEqual([['GITHUB_TOKEN', secret]]);
    const token = fakeChecksummedToken('ghs_', 'url');
    expect(found(`git remote set-url origin https://x-access-token:${token}@github.com/acme/api.git`)).toEqual([['GITHUB_TOKEN', token]]);
  });

  it('ignores wrong lengths, other prefixes, a docs example and a git SHA', () => {
    const token = fakeChecksummedToken('ghp_', 'negative');
    expect(found(`${token.slice(0, 39)} ${token}0 ghx_${token.slice(4)} xghp_${token.slice(4)}`)).toEqual([]);
    expect(found('GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')).toEqual([]);
    expect(found('commit 3f2c1a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39')).toEqual([]);
  });
});

describe('GitLab, Bitbucket and Atlassian', () => {
  it('finds a personal access token in .gitlab-ci.yml and a runner registration token', () => {
    const token = `glpat-${fakeChars('gitlab-ci', a.base64url, 20)}`;
    expect(found(`variables:\n  GITLAB_TOKEN: "${token}"\n`)).toEqual([['GITLAB_TOKEN', token]]);
    const { text, secret } = secretExamples['gitlab-runner-registration-token']!;
    expect(found(text)).toEqual([['GITLAB_TOKEN', secret]]);
  });

  it('finds a routable GitLab token with its dotted parts', () => {
    const token = `glpat-${fakeChars('gitlab-routable', a.base64url, 27)}.01.${fakeChars('gitlab-r2', a.lowerAlnum, 9)}`;
    expect(found(`use ${token}.`)).toEqual([['GITLAB_TOKEN', token]]);
  });

  it('finds a Bitbucket app password in a git URL once, and an Atlassian token in a curl command', () => {
    const password = `ATBB${fakeChars('bb-url', a.base62, 32)}`;
    expect(found(`git clone https://dev:${password}@bitbucket.org/acme/app.git`)).toEqual([['BITBUCKET_APP_PASSWORD', password]]);
    const { secret } = secretExamples['atlassian-api-token']!;
    expect(found(`curl -u me@acme.io:${secret} https://acme.atlassian.net/rest/api/3/myself`)).toEqual([['ATLASSIAN_API_TOKEN', secret]]);
  });

  it('ignores short GitLab-like values and prose', () => {
    expect(found('glpat-short and glpat- alone, ATBB is a prefix, ATATT3 too')).toEqual([]);
    expect(found(`glpat-${'x'.repeat(20)}`)).toEqual([]);
  });
});
