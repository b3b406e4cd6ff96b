import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findModelFiles, labelType, readLabels } from './onnx-model-dir.js';
import { expectVouchError } from './testing/expect-error.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'vouch-model-dir-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function configWith(id2label: unknown, name = 'config.json'): Promise<string> {
  const file = join(root, name);
  await writeFile(file, JSON.stringify({ id2label }));
  return file;
}

describe('onnx model directory', () => {
  it('finds model.onnx, or onnx/model.onnx as optimum exports it', async () => {
    const dir = join(root, 'optimum');
    await mkdir(join(dir, 'onnx'), { recursive: true });
    await writeFile(join(dir, 'onnx', 'model.onnx'), 'x');
    await writeFile(join(dir, 'tokenizer.json'), '{}');
    await writeFile(join(dir, 'config.json'), '{}');
    expect(await findModelFiles(dir)).toEqual({
      directory: dir,
      model: join(dir, 'onnx', 'model.onnx'),
      tokenizer: join(dir, 'tokenizer.json'),
      config: join(dir, 'config.json'),
    });
    await rm(join(dir, 'onnx'), { recursive: true });
    await expectVouchError(findModelFiles(dir), 'VOUCH_TARGET_FAILED', [join(dir, 'model.onnx'), 'missing']);
    await expectVouchError(findModelFiles(join(dir, 'config.json')), 'VOUCH_TARGET_FAILED', ['model directory does not exist']);
  });

  it('counts every label not named like SAFE/BENIGN/LEGIT/NEGATIVE as positive by default', async () => {
    expect(await readLabels(await configWith({ 0: 'BENIGN', 1: 'INJECTION', 2: 'JAILBREAK' }), undefined)).toEqual({
      labels: ['BENIGN', 'INJECTION', 'JAILBREAK'],
      positive: [false, true, true],
    });
    expect((await readLabels(await configWith({ 1: 'toxic', 0: 'non-toxic' }), undefined)).positive).toEqual([false, true]);
    expect((await readLabels(await configWith({ 0: 'LEGIT', 1: 'unsafe' }), undefined)).positive).toEqual([false, true]);
    expect((await readLabels(await configWith({ 0: 'negative', 1: 'positive' }), undefined)).positive).toEqual([false, true]);
  });

  it('uses positiveLabels (case-insensitively) and rejects labels it cannot place', async () => {
    expect((await readLabels(await configWith({ 0: 'LABEL_0', 1: 'LABEL_1' }), ['label_1'])).positive).toEqual([false, true]);
    await expectVouchError(readLabels(await configWith({ 0: 'SAFE', 1: 'NEGATIVE' }), undefined), 'VOUCH_CONFIG_INVALID', ['cannot tell the attack/unsafe labels']);
    await expectVouchError(readLabels(await configWith({ 0: 'SAFE', 2: 'UNSAFE' }), undefined), 'VOUCH_CONFIG_INVALID', ['id2label has entry "2"']);
    await expectVouchError(readLabels(await configWith(undefined), undefined), 'VOUCH_CONFIG_INVALID', ['has no "id2label"']);
    const bad = join(root, 'bad.json');
    await writeFile(bad, '{oops');
    await expectVouchError(readLabels(bad, undefined), 'VOUCH_CONFIG_INVALID', [bad, 'cannot read as JSON']);
  });

  it('names positive labels in Vouch spelling', () => {
    expect(labelType('INJECTION')).toBe('PROMPT_INJECTION');
    expect(labelType('jailbreak')).toBe('PROMPT_INJECTION');
    expect(labelType('self-harm')).toBe('SELF_HARM');
    expect(labelType('toxic')).toBe('TOXIC');
  });
});
