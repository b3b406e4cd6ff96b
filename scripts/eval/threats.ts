import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { contentSafetyCategories, contentSafetyDetector } from '../../src/detectors/content-safety/index.js';
import { splitOf } from '../../src/detectors/learned/fit.js';
import { metricsAt, rocAuc, thresholdForFalsePositiveRate, type ScoredLabel } from '../../src/detectors/learned/metrics.js';
import { promptInjectionDetector } from '../../src/detectors/prompt-injection/index.js';
import type { Detector, TextSource } from '../../src/detectors/types.js';
import { createTextViews } from '../../src/text/views.js';

/** One labelled text of a threat set: its positive classes (empty when benign). */
interface ThreatCase {
  text: string;
  classes: string[];
  source?: TextSource;
}

interface Scored {
  /** The detector's score and its score per finding type. */
  score: number;
  byType: Map<string, number>;
  milliseconds: number;
}

export interface ThreatRow {
  name: string;
  positives: number;
  negatives: number;
  rocAuc: number | null;
  truePositiveRateAt1PercentFpr: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  falsePositiveRate: number;
}

export interface ThreatSetReport {
  set: string;
  detector: string;
  texts: number;
  rows: ThreatRow[];
  macroF1?: number | null;
  p50Ms: number;
  p99Ms: number;
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

function scoreAll(detector: Detector, cases: readonly ThreatCase[]): Scored[] {
  return cases.map((item) => {
    const started = performance.now();
    const result = detector.scan({ views: createTextViews(item.text), stage: 'input', ...(item.source ? { source: item.source } : {}) });
    const milliseconds = performance.now() - started;
    const byType = new Map<string, number>();
    for (const finding of result.findings) byType.set(finding.type, Math.max(byType.get(finding.type) ?? 0, finding.score));
    return { score: result.score ?? 0, byType, milliseconds };
  });
}

function row(name: string, items: ScoredLabel[], threshold: number): ThreatRow {
  const positives = items.filter((item) => item.positive).length;
  const at = metricsAt(items, threshold);
  return {
    name,
    positives,
    negatives: items.length - positives,
    rocAuc: rocAuc(items),
    truePositiveRateAt1PercentFpr: thresholdForFalsePositiveRate(items, 0.01).truePositiveRate,
    precision: at.precision,
    recall: at.recall,
    f1: at.f1,
    falsePositiveRate: items.length - positives ? at.falsePositives / (items.length - positives) : 0,
  };
}

function latency(scored: readonly Scored[]): { p50Ms: number; p99Ms: number } {
  const sorted = scored.map((item) => item.milliseconds).sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99) };
}

/** Prompt-injection: the detector's score against "any attack", then recall per technique at the default threshold. */
export function evaluateInjection(set: string, cases: readonly ThreatCase[]): ThreatSetReport {
  const detector = promptInjectionDetector;
  const threshold = detector.defaultThreshold!('PROMPT_INJECTION')!;
  const scored = scoreAll(detector, cases);
  const rows = [row('any technique', cases.map((item, index) => ({ score: scored[index]!.score, positive: item.classes.length > 0 })), threshold)];
  const techniques = [...new Set(cases.flatMap((item) => item.classes))].sort();
  for (const technique of techniques) {
    // Per technique: its attacks against every benign text, on the detector's score.
    const items = cases.flatMap((item, index) => (item.classes.length === 0 || item.classes.includes(technique) ? [{ score: scored[index]!.score, positive: item.classes.length > 0 }] : []));
    rows.push(row(technique, items, threshold));
  }
  return { set, detector: detector.id, texts: cases.length, rows, ...latency(scored) };
}

/** Content-safety: "any category" on the detector's score, then each category on its own score; macro F1 over categories. */
export function evaluateSafety(set: string, cases: readonly ThreatCase[]): ThreatSetReport {
  const detector = contentSafetyDetector;
  const scored = scoreAll(detector, cases);
  const shared = detector.defaultThreshold!(contentSafetyCategories[0])!;
  const rows = [row('any category', cases.map((item, index) => ({ score: scored[index]!.score, positive: item.classes.length > 0 })), shared)];
  for (const category of contentSafetyCategories) {
    const items = cases.map((item, index) => ({ score: scored[index]!.byType.get(category) ?? 0, positive: item.classes.includes(category) }));
    if (!items.some((item) => item.positive)) continue;
    rows.push(row(category, items, detector.defaultThreshold!(category)!));
  }
  const f1s = rows.slice(1).map((entry) => entry.f1 ?? 0);
  return { set, detector: detector.id, texts: cases.length, rows, macroF1: f1s.length ? f1s.reduce((sum, value) => sum + value, 0) / f1s.length : null, ...latency(scored) };
}

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').trim().split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The test split of a training set (groups the trainer never saw), as the trainer splits it. */
export function testSplit(path: string, classesOf: (line: Record<string, unknown>) => string[]): ThreatCase[] {
  return readJsonl(path)
    .filter((line) => splitOf(String(line.group ?? line.text)) === 'test')
    .map((line) => ({ text: String(line.text), classes: classesOf(line), ...(line.source ? { source: line.source as TextSource } : {}) }));
}

export const injectionClasses = (line: Record<string, unknown>): string[] => {
  const label = String(line.label ?? line.technique ?? 'BENIGN');
  if (label === 'BENIGN' || label === 'benign') return [];
  return [String(line.technique ?? label)];
};
export const safetyClasses = (line: Record<string, unknown>): string[] => (line.labels as string[]) ?? [];

/** Every threat report: the held-out split of the project's corpus and the independent holdout files. */
export function evaluateThreats(root: string): ThreatSetReport[] {
  const corpus = join(root, 'data/corpora/threat');
  const holdout = (file: string, classesOf: (line: Record<string, unknown>) => string[]): ThreatCase[] =>
    readJsonl(join(corpus, 'holdout', file)).map((line) => ({ text: String(line.text), classes: classesOf(line), ...(line.source ? { source: line.source as TextSource } : {}) }));
  return [
    evaluateInjection('corpus test split', testSplit(join(corpus, 'prompt-injection.jsonl'), injectionClasses)),
    evaluateInjection('independent holdout', holdout('pi-holdout.jsonl', injectionClasses)),
    evaluateSafety('corpus test split', testSplit(join(corpus, 'content-safety.jsonl'), safetyClasses)),
    evaluateSafety('independent holdout', holdout('cs-holdout.jsonl', safetyClasses)),
  ];
}

function ratio(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(3);
}

export function formatThreatReports(reports: readonly ThreatSetReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    lines.push('', `${report.detector} — ${report.set} (${report.texts} texts; latency per text p50 ${report.p50Ms.toFixed(2)} ms, p99 ${report.p99Ms.toFixed(2)} ms)`);
    lines.push(`${'class'.padEnd(26)} ${'pos'.padStart(5)} ${'neg'.padStart(5)}  ${'AUC'.padStart(5)}  TPR@1%FPR  precision  recall     F1    FPR   (P/R/F1/FPR at the default threshold)`);
    for (const entry of report.rows) {
      lines.push(`${entry.name.padEnd(26)} ${String(entry.positives).padStart(5)} ${String(entry.negatives).padStart(5)}  ${ratio(entry.rocAuc).padStart(5)}  ${ratio(entry.truePositiveRateAt1PercentFpr).padStart(9)}  ${ratio(entry.precision).padStart(9)}  ${ratio(entry.recall).padStart(6)}  ${ratio(entry.f1).padStart(5)}  ${ratio(entry.falsePositiveRate).padStart(5)}`);
    }
    if (report.macroF1 !== undefined) lines.push(`macro F1 over categories: ${ratio(report.macroF1)}`);
  }
  return lines.join('\n');
}
