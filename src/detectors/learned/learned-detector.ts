import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../core/types.js';
import { VouchError } from '../../core/errors.js';
import type { TextView, ViewName } from '../../text/types.js';
import type { Detector, DetectorResult, ScanRequest } from '../types.js';
import { chunkSpans } from './chunks.js';
import type { SparseVector } from './features.js';
import { LinearModel } from './model.js';
import type { RuleHit, ThreatRule } from './rules.js';

export interface LearnedDetectorOptions {
  id: string;
  description: string;
  /** The model file shipped with Vouch (a policy may point the detector at another). */
  model: URL;
  rules: readonly ThreatRule[];
  /** Finding types: for a softmax model its non-first classes, for a sigmoid model all classes. */
  entities: readonly string[];
  /** Findings below this score are not reported at all (default 0.05). */
  reportFloor?: number;
  /**
   * For a sigmoid model whose first class says whether the text is positive at all (prompt
   * injection) and whose other classes name the kind: one finding, scored by the first class,
   * typed by the kind a rule hit names or the model ranks highest.
   */
  primary?: string;
}

/** A loaded model and where it came from, for messages. */
interface LoadedModel {
  model: LinearModel;
  source: string;
}

const loadedModels = new Map<string, LoadedModel>();

/** Reads a model file once per process; a missing or broken file is a configuration error naming the file and the fix. */
export function loadModel(location: URL | string, detector: string): LoadedModel {
  const path = location instanceof URL ? fileURLToPath(location) : location;
  const cached = loadedModels.get(path);
  if (cached) return cached;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new VouchError('VOUCH_CONFIG_NOT_FOUND', `${detector}: cannot read model file ${path}: ${(error as Error).message}`, {
      fix: `Check the path, or train one with \`vouch train ${detector} --data FILE.jsonl --out MODEL\`.`,
    });
  }
  const model = LinearModel.parse(bytes, path);
  if (model.header.detector !== detector) {
    throw new VouchError('VOUCH_CONFIG_INVALID', `${path}: this model was trained for detector "${model.header.detector}", not "${detector}"`, {
      fix: `Train it with \`vouch train ${detector}\`, or use it with the "${model.header.detector}" detector.`,
    });
  }
  const loaded = { model, source: path };
  loadedModels.set(path, loaded);
  return loaded;
}

/** One scored piece of a view: its span in the view's text and the rule hits inside it. */
interface ChunkScore {
  view: TextView;
  start: number;
  end: number;
  hits: RuleHit[];
  /** Per output; with a primary class, only the primary's score until the chunk is chosen. */
  scores: number[];
  vector: SparseVector;
  topClass?: string;
}

/**
 * A detector scored by a linear model over hashed n-grams plus rule hits: each view of the text is
 * cut into overlapping chunks (so an attack buried in a long document is not diluted), every
 * chunk is scored, and the best chunk decides. The detector's score (in `scores` of a check) is
 * its best calibrated score, reported even when it is low.
 */
export function createLearnedDetector(options: LearnedDetectorOptions, modelLocation: URL | string = options.model): Detector {
  const model = (): LinearModel => loadModel(modelLocation, options.id).model;
  const floor = options.reportFloor ?? 0.05;
  return {
    id: options.id,
    description: options.description,
    entities: options.entities,
    stages: ['input', 'output'],
    defaultThreshold(entity) {
      const loaded = model();
      if (loaded.header.kind === 'softmax' || (options.primary !== undefined && loaded.header.classes[0] === options.primary)) return loaded.header.thresholds[0];
      const index = loaded.header.classes.indexOf(entity);
      return index === -1 ? undefined : loaded.header.thresholds[index];
    },
    configure(settings) {
      return settings.model === undefined ? this : createLearnedDetector(options, settings.model);
    },
    scan(request): DetectorResult {
      const loaded = model();
      const primary = loaded.header.kind === 'sigmoid' && options.primary !== undefined && loaded.header.classes[0] === options.primary;
      const chunks = scoreChunks(loaded, options.rules, request, primary);
      if (loaded.header.kind === 'softmax') return softmaxResult(options.id, chunks, floor);
      if (primary) return primaryResult(options.id, loaded, chunks, floor);
      return sigmoidResult(options.id, loaded, chunks, floor);
    },
  };
}

/**
 * Words mixing letters and leetspeak digits the way leetspeak does ("1gn0r3", "pr0mpt"): letters
 * on both sides of a 0/1/3/4/5/7, at most three such digits, and not a hex string (ids and hashes
 * mix letters and digits too). Two of them make the leet view worth reading.
 */
const leetWordPattern = /(?<![\p{L}\p{N}])(?=[a-z0-9]*[g-z])[a-z]*[013457][a-z]+(?:[013457][a-z]*){0,2}(?![\p{L}\p{N}])/giu;

function hasLeetspeak(text: string): boolean {
  leetWordPattern.lastIndex = 0;
  let found = 0;
  for (let match = leetWordPattern.exec(text); match !== null; match = leetWordPattern.exec(text)) if (++found >= 2) return true;
  return false;
}

/** Letters spaced out ("i g n o r e"): only then is the collapsed view worth reading. */
const spacedLettersPattern = /(?<![\p{L}\p{N}])\p{L}(?:[ .-]\p{L}(?![\p{L}\p{N}])){3,}/u;

/**
 * The views to score: the normalized text and its decoded segments always; the leetspeak and
 * collapsed readings only when the text has leetspeak words or spaced-out letters, since on other
 * texts they only turn numbers and spacing into noise (and cost a pass each).
 */
function viewsToScore(request: ScanRequest): TextView[] {
  const normalized = request.views.view('normalized').text;
  const wanted: ViewName[] = ['normalized'];
  if (hasLeetspeak(normalized)) wanted.push('leet');
  if (spacedLettersPattern.test(normalized)) wanted.push('collapsed');
  wanted.push('decoded');
  return request.views.get(wanted);
}

function scoreChunks(model: LinearModel, rules: readonly ThreatRule[], request: ScanRequest, primaryOnly: boolean): ChunkScore[] {
  const source = `source:${request.source ?? 'user'}`;
  const scored: ChunkScore[] = [];
  for (const view of viewsToScore(request)) {
    const hits: RuleHit[] = [];
    for (const rule of rules) for (const hit of rule.find(view.text)) hits.push(hit);
    for (const [start, end] of chunkSpans(view.text)) {
      if (!hasWordCharacter(view.text, start, end)) continue;
      const inside = hits.filter((hit) => hit.start < end && hit.end > start);
      const extras = [source, ...new Set(inside.map((hit) => `rule:${hit.rule.id}`))];
      const vector = model.vectorize(start === 0 && end === view.text.length ? view.text : view.text.slice(start, end), extras);
      const scores = primaryOnly ? [model.classScore(vector, 0)] : model.scores(vector);
      const chunk: ChunkScore = { view, start, end, hits: inside, scores, vector };
      if (model.header.kind === 'softmax') chunk.topClass = model.topPositiveClass(vector);
      scored.push(chunk);
    }
  }
  return scored;
}

/** Whether [start, end) holds a letter or digit: a chunk without one has no features to score. */
const wordCharacter = /[\p{L}\p{N}]/u;

function hasWordCharacter(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (wordCharacter.test(text[index]!)) return true;
  return false;
}

function spanOf(chunk: ChunkScore, hit: RuleHit | undefined): [number, number] {
  const [start, end] = hit ? [hit.start, hit.end] : [chunk.start, chunk.end];
  return chunk.view.toOriginal(start, end);
}

function finding(detector: string, type: string, chunk: ChunkScore, score: number, hit: RuleHit | undefined): Finding {
  const [start, end] = spanOf(chunk, hit);
  const result: Finding = { detector, type, start, end, score: round(score) };
  if (hit) result.recognizer = hit.rule.id;
  if (chunk.view.name !== 'normalized' && chunk.view.name !== 'original') result.view = chunk.view.name;
  return result;
}

/** One finding for the best chunk: the technique a rule there names (the model's pick among them), else the model's top technique. */
function softmaxResult(detector: string, chunks: readonly ChunkScore[], floor: number): DetectorResult {
  let best: ChunkScore | undefined;
  for (const chunk of chunks) if (!best || chunk.scores[0]! > best.scores[0]!) best = chunk;
  if (!best) return { findings: [], score: 0 };
  const score = round(best.scores[0]!);
  if (score < floor) return { findings: [], score };
  const hit = best.hits.find((candidate) => candidate.rule.type === best.topClass) ?? best.hits[0];
  return { findings: [finding(detector, hit?.rule.type ?? best.topClass!, best, score, hit)], score };
}

/** One finding for the chunk with the best first-class score, typed by a rule hit there or the best other class. */
function primaryResult(detector: string, model: LinearModel, chunks: readonly ChunkScore[], floor: number): DetectorResult {
  let best: ChunkScore | undefined;
  for (const chunk of chunks) if (!best || chunk.scores[0]! > best.scores[0]!) best = chunk;
  if (!best) return { findings: [], score: 0 };
  const score = round(best.scores[0]!);
  if (score < floor) return { findings: [], score };
  const classes = model.header.classes;
  const all = model.scores(best.vector);
  let kind = 1;
  for (let index = 2; index < classes.length; index++) if (all[index]! > all[kind]!) kind = index;
  const ranked = classes.length > 1 ? classes[kind]! : classes[0]!;
  const hit = best.hits.find((candidate) => candidate.rule.type === ranked) ?? best.hits[0];
  return { findings: [finding(detector, hit?.rule.type ?? ranked, best, score, hit)], score };
}

/** Per class, a finding for its best chunk when it reaches the floor. */
function sigmoidResult(detector: string, model: LinearModel, chunks: readonly ChunkScore[], floor: number): DetectorResult {
  const findings: Finding[] = [];
  let top = 0;
  model.header.classes.forEach((type, index) => {
    let best: ChunkScore | undefined;
    for (const chunk of chunks) if (!best || chunk.scores[index]! > best.scores[index]!) best = chunk;
    if (!best) return;
    const score = best.scores[index]!;
    top = Math.max(top, score);
    if (score < floor) return;
    findings.push(finding(detector, type, best, score, best.hits.find((hit) => hit.rule.type === type)));
  });
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  return { findings, score: round(top) };
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
