import { describe, expect, it } from 'vitest';
import { reportFormats } from './index.js';
import { buildRun, createFixtureInput } from './testing/fixtures.js';

describe('report format registry', () => {
  it('lists the five formats by id', () => {
    expect(reportFormats.ids).toEqual(['json', 'junit', 'markdown', 'html', 'sarif']);
    expect(reportFormats.units.map((format) => format.extension)).toEqual(['json', 'xml', 'md', 'html', 'sarif']);
    expect(() => reportFormats.get('pdf')).toThrow(/unknown report format "pdf"; available: json, junit, markdown, html, sarif/);
  });

  describe.each(reportFormats.units.map((format) => [format.id, format] as const))('%s (contract)', (_id, format) => {
    it('describes itself in one sentence', () => {
      expect(format.description).toMatch(/^[A-Z].{20,200}\.$/);
    });

    it('renders the same input to the same text, ending with a newline', () => {
      const first = format.render(createFixtureInput());
      expect(first.length).toBeGreaterThan(100);
      expect(format.render(createFixtureInput())).toBe(first);
      expect(first.endsWith('\n')).toBe(true);
    });

    it('renders an empty run', () => {
      expect(format.render({ run: buildRun([]) })).toMatch(/\S/);
    });

    it('does not change its input', () => {
      const input = createFixtureInput();
      const before = JSON.stringify(input);
      format.render(input);
      expect(JSON.stringify(input)).toBe(before);
    });
  });
});
