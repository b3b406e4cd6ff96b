import type { Finding, Severity } from '../core/types.js';
import { VouchError } from '../core/errors.js';
import type { TextView, ViewName } from '../text/types.js';
import { scoreWithContext } from './context.js';
import type { Detector, Recognizer, ScanRequest, Stage } from './types.js';

export interface RecognizerDetectorOptions {
  id: string;
  description: string;
  recognizers: readonly Recognizer[];
  stages?: readonly Stage[];
  defaultOff?: readonly string[];
  defaultSeverity?: Severity;
  /** Decoders whose segments the recognizers read (default all). */
  decoders?: readonly string[];
  /**
   * Optional shared pass over one view's text (e.g. one scan for every recognizer's triggers):
   * returns the recognizers that may match in it, and the engine calls only those on that view.
   * It must include every recognizer it cannot rule out (those without triggers, say).
   */
  prepare?: (text: string) => ReadonlySet<Recognizer>;
}

/**
 * Recognizers read the normalized view (which is the original text itself, at no cost, when the
 * text is plain ASCII) and every decoded segment. Normalization only folds look-alikes, removes
 * invisible characters and maps digits, so the original adds nothing but a second pass.
 */
const defaultViews: readonly ViewName[] = ['normalized', 'decoded'];

/**
 * A detector made of recognizers: runs each on the views it asks for, maps spans back to the
 * original text, applies context words, and keeps the best finding per span and type.
 */
export function createRecognizerDetector(options: RecognizerDetectorOptions): Detector {
  const ids = new Set<string>();
  for (const recognizer of options.recognizers) {
    if (ids.has(recognizer.id)) {
      throw new VouchError('VOUCH_DUPLICATE_ID', `${options.id}: recognizer "${recognizer.id}" is listed twice`);
    }
    ids.add(recognizer.id);
  }
  const entities = [...new Set(options.recognizers.flatMap((r) => r.entities ?? [r.entity]))];
  const groups = groupByViews(options.recognizers);
  const narrowed = new WeakMap<ReadonlySet<string>, ViewGroup[]>();
  const groupsFor = (wanted: ReadonlySet<string> | undefined): readonly ViewGroup[] => {
    if (!wanted) return groups;
    let found = narrowed.get(wanted);
    if (!found) narrowed.set(wanted, (found = narrowGroups(groups, wanted)));
    return found;
  };
  return {
    id: options.id,
    description: options.description,
    entities,
    defaultOff: options.defaultOff ?? [],
    stages: options.stages ?? ['input', 'output'],
    ...(options.decoders ? { decoders: options.decoders } : {}),
    scan: (request) => ({ findings: scanRecognizers(options, groupsFor(request.entities), request) }),
  };
}

interface ViewGroup {
  names: readonly ViewName[];
  recognizers: Recognizer[];
  /** Per recognizer (same order): the entities it may emit, listed once so a scan allocates nothing to check them. */
  entities: (readonly string[])[];
}

/** Recognizers that read the same views, so each scan asks for those views once per group. */
function groupByViews(recognizers: readonly Recognizer[]): ViewGroup[] {
  const groups = new Map<string, ViewGroup>();
  for (const recognizer of recognizers) {
    const names = recognizer.views ?? defaultViews;
    const key = names.join(',');
    const group = groups.get(key);
    const entities = recognizer.entities ?? [recognizer.entity];
    if (group) {
      group.recognizers.push(recognizer);
      group.entities.push(entities);
    } else groups.set(key, { names, recognizers: [recognizer], entities: [entities] });
  }
  return [...groups.values()];
}

/**
 * The groups with only the recognizers that may emit a wanted entity (groups left empty dropped).
 * Remembered per entity set, so a request's set must not change once scanned with (the guard
 * builds one per rule list and keeps it).
 */
function narrowGroups(groups: readonly ViewGroup[], wanted: ReadonlySet<string>): ViewGroup[] {
  const narrowed: ViewGroup[] = [];
  for (const group of groups) {
    const kept: ViewGroup = { names: group.names, recognizers: [], entities: [] };
    group.recognizers.forEach((recognizer, index) => {
      if (!emitsWanted(group.entities[index]!, wanted)) return;
      kept.recognizers.push(recognizer);
      kept.entities.push(group.entities[index]!);
    });
    if (kept.recognizers.length > 0) narrowed.push(kept);
  }
  return narrowed;
}

function scanRecognizers(options: RecognizerDetectorOptions, groups: readonly ViewGroup[], request: ScanRequest): Finding[] {
  const original = request.views.original;
  const found: Finding[] = [];
  for (const group of groups) {
    const views = request.views.get(group.names);
    const runnable = options.prepare ? views.map((view) => options.prepare!(view.text)) : undefined;
    if (runnable && runnable.every((set) => set.size === 0)) continue;
    // A normalized view of plain text IS the original string; its findings name no view. Compared
    // once per view here, never per finding (a content compare of two long texts is O(n)).
    const viewNames = views.map((view) => (view.text === original ? undefined : view.name));
    // Whether each view holds an ASCII digit, found on first need.
    const digits: (boolean | undefined)[] = new Array<boolean | undefined>(views.length);
    for (let index = 0; index < group.recognizers.length; index++) {
      const recognizer = group.recognizers[index]!;
      for (let viewIndex = 0; viewIndex < views.length; viewIndex++) {
        const view = views[viewIndex]!;
        if (runnable && !runnable[viewIndex]!.has(recognizer)) continue;
        if (recognizer.needsDigit && !(digits[viewIndex] ??= asciiDigit.test(view.text))) continue;
        if (!triggered(recognizer, view.text)) continue;
        for (const match of recognizer.recognize(view.text)) {
          const type = match.type ?? recognizer.entity;
          if (request.entities && !request.entities.has(type)) continue;
          found.push(toFinding({ detectorId: options.id, recognizer, view, viewName: viewNames[viewIndex], match, original, type, severity: options.defaultSeverity }));
        }
      }
    }
  }
  return resolveOverlaps(found);
}

function emitsWanted(entities: readonly string[], wanted: ReadonlySet<string>): boolean {
  for (const entity of entities) if (wanted.has(entity)) return true;
  return false;
}

const asciiDigit = /[0-9]/;

function triggered(recognizer: Recognizer, text: string): boolean {
  const triggers = recognizer.triggers;
  if (!triggers) return true;
  for (const trigger of triggers) if (text.includes(trigger)) return true;
  return false;
}

interface FindingParts {
  detectorId: string;
  recognizer: Recognizer;
  view: TextView;
  /** The view's name when its text differs from the original, else undefined. */
  viewName: string | undefined;
  match: { start: number; end: number; score: number; message?: string };
  original: string;
  type: string;
  severity: Severity | undefined;
}

function toFinding(parts: FindingParts): Finding {
  const { recognizer, view, match } = parts;
  const [start, end] = parts.viewName === undefined ? [match.start, match.end] : view.toOriginal(match.start, match.end);
  const score = scoreWithContext(parts.original, { start, end, score: match.score }, recognizer);
  const severity = recognizer.severity ?? parts.severity;
  // Assigned one by one, in this order, rather than spread: this runs once per candidate.
  const finding: Finding = { detector: parts.detectorId, type: parts.type, start, end, score: Math.round(score * 1000) / 1000 };
  if (severity) finding.severity = severity;
  if (match.message) finding.message = match.message;
  finding.recognizer = recognizer.id;
  if (parts.viewName !== undefined) finding.view = parts.viewName;
  return finding;
}

/**
 * Keeps one finding per overlapping cluster of the same type (the highest score, then the widest).
 * Findings of different types may overlap: which one matters is the policy's call (the guard drops
 * a finding covered by one whose action is at least as strong). O(n log n).
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const byType = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = byType.get(finding.type);
    if (group) group.push(finding);
    else byType.set(finding.type, [finding]);
  }
  const kept: Finding[] = [];
  for (const group of byType.values()) kept.push(...bestPerCluster(group));
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

function bestPerCluster(group: Finding[]): Finding[] {
  group.sort((a, b) => a.start - b.start || b.end - a.end);
  const best: Finding[] = [];
  let current = group[0]!;
  let clusterEnd = current.end;
  for (let index = 1; index < group.length; index += 1) {
    const finding = group[index]!;
    if (finding.start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, finding.end);
      if (isBetter(finding, current)) current = finding;
      continue;
    }
    best.push(current);
    current = finding;
    clusterEnd = finding.end;
  }
  best.push(current);
  return best;
}

function isBetter(candidate: Finding, incumbent: Finding): boolean {
  if (candidate.score !== incumbent.score) return candidate.score > incumbent.score;
  return candidate.end - candidate.start > incumbent.end - incumbent.start;
}
