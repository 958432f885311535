// Settings under "aiAnnotator", read through workspace/configuration so changes apply
// without a restart. Defaults here are the documented defaults of package.json.
import { SEGMENTER_CHOICES, type SegmenterChoice } from '../analysis/segmenter.ts';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface Settings {
  diagnostics: {
    enabled: boolean;
    severity: { unverified: SeverityName; attributed: SeverityName; conflict: SeverityName; unknownModel: SeverityName };
    /** Wait this long after typing stops before underlining the figure being typed. */
    typingPauseMs: number;
  };
  inlayHints: { enabled: boolean };
  /** maxDocumentSizeMB: above this many MB of text (UTF-16 code units / 2^20, as VS Code counts) a document is not analysed. */
  analysis: { debounceMs: number; maxDocumentSizeMB: number };
  verification: { author: string };
  /** Facts stated longer ago than this many months are shown as possibly outdated (0: never). */
  knowledge: { outdatedAfterMonths: number };
  /** Globs of workspace files left out of the workspace index (besides files.exclude and .gitignore). */
  exclude: string[];
  /** Word segmentation: nodejieba (native), jieba-wasm (wasm), or nodejieba where it loads (auto). */
  segmenter: SegmenterChoice;
}

export const DEFAULT_SETTINGS: Settings = {
  diagnostics: {
    enabled: true,
    severity: { unverified: 'warning', attributed: 'information', conflict: 'warning', unknownModel: 'hint' },
    typingPauseMs: 800,
  },
  inlayHints: { enabled: false },
  analysis: { debounceMs: 30, maxDocumentSizeMB: 24 },
  verification: { author: '' },
  knowledge: { outdatedAfterMonths: 24 },
  exclude: [],
  segmenter: 'auto',
};

const SEVERITIES = new Set<SeverityName>(['error', 'warning', 'information', 'hint', 'off']);

/** Merge what the client sent over the defaults, ignoring values of the wrong type. */
export function mergeSettings(raw: unknown): Settings {
  const r = (raw ?? {}) as Record<string, any>;
  const pick = <T>(value: unknown, fallback: T, ok: (v: unknown) => boolean): T => (ok(value) ? (value as T) : fallback);
  const bool = (v: unknown) => typeof v === 'boolean';
  const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  const sev = (v: unknown) => SEVERITIES.has(v as SeverityName);
  const d = DEFAULT_SETTINGS;
  return {
    diagnostics: {
      enabled: pick(r.diagnostics?.enabled, d.diagnostics.enabled, bool),
      severity: {
        unverified: pick(r.diagnostics?.severity?.unverified, d.diagnostics.severity.unverified, sev),
        attributed: pick(r.diagnostics?.severity?.attributed, d.diagnostics.severity.attributed, sev),
        conflict: pick(r.diagnostics?.severity?.conflict, d.diagnostics.severity.conflict, sev),
        unknownModel: pick(r.diagnostics?.severity?.unknownModel, d.diagnostics.severity.unknownModel, sev),
      },
      typingPauseMs: pick(r.diagnostics?.typingPauseMs, d.diagnostics.typingPauseMs, num),
    },
    inlayHints: { enabled: pick(r.inlayHints?.enabled, d.inlayHints.enabled, bool) },
    analysis: {
      debounceMs: pick(r.analysis?.debounceMs, d.analysis.debounceMs, num),
      maxDocumentSizeMB: pick(r.analysis?.maxDocumentSizeMB, d.analysis.maxDocumentSizeMB, num),
    },
    verification: { author: pick(r.verification?.author, d.verification.author, (v) => typeof v === 'string') },
    knowledge: { outdatedAfterMonths: pick(r.knowledge?.outdatedAfterMonths, d.knowledge.outdatedAfterMonths, num) },
    exclude: Array.isArray(r.exclude) ? r.exclude.filter((g: unknown): g is string => typeof g === 'string' && g.trim() !== '') : d.exclude,
    segmenter: pick(r.segmenter, d.segmenter, (v) => SEGMENTER_CHOICES.includes(v as SegmenterChoice)),
  };
}
