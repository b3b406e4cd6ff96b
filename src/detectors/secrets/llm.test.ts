import { describe, expect, it } from 'vitest';
import { alphabets as a, fakeChars, found, scanSecrets, secretExamples, spanIn } from './testing.js';
import { openAiVerdict } from './llm.js';

const openAiProject = secretExamples['openai-api-key']!.secret;
const anthropic = secretExamples['anthropic-api-key']!.secret;

describe('OpenAI', () => {
  it('scores keys by shape: marker 0.97, prefixed 0.85, bare 0.6, others dropped', () => {
    expect(openAiVerdict(openAiProject)).toBe(0.97);
    expect(openAiVerdict(`sk-svcacct-${fakeChars('svc', a.base64url, 120)}`)).toBe(0.85);
    expect(openAiVerdict(`sk-${fakeChars('bare', a.base62, 48)}`)).toBe(0.6);
    expect(openAiVerdict(`sk-${fakeChars('hex', a.hex, 48)}`)).toBe(false);
    expect(openAiVerdict('sk-this-is-a-long-kebab-case-identifier-name')).toBe(false);
    expect(openAiVerdict(`sk-proj-${fakeChars('short', a.base62, 40)}`)).toBe(false);
  });

  it('finds a legacy key with the marker in Python and a project key in a chat message', () => {
    const legacy = `sk-${fakeChars('legacy-a', a.base62, 20)}T3BlbkFJ${fakeChars('legacy-b', a.base62, 20)}`;
    const text = `client = OpenAI(api_key="${legacy}")`;
    expect(scanSecrets(text)).toEqual([expect.objectContaining({ type: 'OPENAI_API_KEY', ...spanIn(text, legacy), score: 0.97 })]);
    expect(found(`here is my key, it stopped working: ${openAiProject} any idea?`)).toEqual([['OPENAI_API_KEY', openAiProject]]);
  });

  it('ignores docs examples and Anthropic or OpenRouter keys', () => {
    expect(found('OPENAI_API_KEY=sk-... or sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx or sk-<your key>')).toEqual([]);
    expect(found(anthropic)).toEqual([['ANTHROPIC_API_KEY', anthropic]]);
    const openRouter = secretExamples['openrouter-api-key']!.secret;
    expect(found(openRouter)).toEqual([['OPENROUTER_API_KEY', openRouter]]);
  });
});

describe('Anthropic', () => {
  it('scores a 108-character api03 key 0.99 and other shapes 0.85', () => {
    const text = `ANTHROPIC_API_KEY=${anthropic}`;
    expect(scanSecrets(text)).toEqual([expect.objectContaining({ type: 'ANTHROPIC_API_KEY', ...spanIn(text, anthropic), score: 0.99 })]);
    const admin = `sk-ant-admin01-${fakeChars('ant-admin', a.base64url, 90)}`;
    expect(scanSecrets(`key: ${admin}`)).toEqual([expect.objectContaining({ type: 'ANTHROPIC_API_KEY', score: 0.85 })]);
  });

  it('ignores truncated keys', () => {
    expect(found(`sk-ant-api03-${fakeChars('ant-short', a.base64url, 40)}`)).toEqual([]);
  });
});

describe('other LLM platforms', () => {
  it.each(['groq-api-key', 'huggingface-token', 'cohere-api-key', 'replicate-api-token', 'perplexity-api-key', 'xai-api-key', 'langsmith-api-key'])(
    'finds the %s example in a notebook cell',
    (id) => {
      const { text, secret } = secretExamples[id]!;
      expect(found(`In [1]: import os\nos.environ["X"] = "1"\n${text}\n`).map(([, value]) => value)).toEqual([secret]);
    },
  );

  it('ignores code identifiers that start like tokens', () => {
    expect(found('from huggingface_hub import hf_hub_download\nhf_hub_download(repo_id="x")\nr8_config = {}')).toEqual([]);
  });

  it('leaves a cohere key of the wrong length to the generic API-key rule', () => {
    const value = fakeChars('cohere-short', a.base62, 39);
    expect(found(`COHERE_API_KEY=${value}`)).toEqual([['GENERIC_API_KEY', value]]);
  });
});
