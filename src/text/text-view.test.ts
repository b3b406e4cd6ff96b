import { describe, expect, it } from 'vitest';
import { constantMap, shiftedMap } from './offset-map.js';
import { createOriginalView, deriveView } from './text-view.js';

describe('createOriginalView', () => {
  it('is the identity at depth 0, widened around surrogate pairs', () => {
    const view = createOriginalView('a😀b');
    expect([view.name, view.depth, view.text]).toEqual(['original', 0, 'a😀b']);
    expect(view.toOriginal(0, 1)).toEqual([0, 1]);
    expect(view.toOriginal(2, 3)).toEqual([1, 3]);
    expect(view.toOriginal(1, 2)).toEqual([1, 3]);
  });
});

describe('deriveView', () => {
  const original = createOriginalView('xx SGVsbG8= yy');

  it('shares the parent text and maps like the parent when there is no transform', () => {
    const view = deriveView({ name: 'normalized', parent: original, transform: null, depth: 0 });
    expect(view.text).toBe(original.text);
    expect(view.toOriginal(3, 11)).toEqual([3, 11]);
  });

  it('maps through its own transform and then through its parent', () => {
    const decoded = deriveView({ name: 'base64', parent: original, transform: { text: 'Hello', map: constantMap(3, 11) }, depth: 1 });
    const inner = deriveView({ name: 'rot13', parent: decoded, transform: { text: 'ell', map: shiftedMap(1, 3) }, depth: 2 });
    expect(decoded.toOriginal(1, 3)).toEqual([3, 11]);
    expect(inner.toOriginal(0, 1)).toEqual([3, 11]);
    expect([inner.name, inner.depth]).toEqual(['rot13', 2]);
  });
});
