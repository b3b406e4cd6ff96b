import { createRegistry } from '../../core/registry.js';
import { htmlReport } from './html.js';
import { jsonReport } from './json.js';
import { junitReport } from './junit.js';
import { markdownReport } from './markdown.js';
import { sarifReport } from './sarif.js';
import type { ReportFormat } from './types.js';

/** Every report format. Add one: a file, a test, and one line here. */
export const reportFormats = createRegistry<ReportFormat>('report format', [jsonReport, junitReport, markdownReport, htmlReport, sarifReport]);

export type { Comparison, NonInferiority, PairedResult, RedteamSummary, ReportFormat, ReportInput, ScoreBootstrap } from './types.js';
