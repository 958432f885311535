// Label Studio: a task list (one task per document) whose `predictions` pre-fill the labeling
// config below, so annotators review instead of starting from nothing. Label Studio counts
// Text offsets in code points. Each span is one region: its label, and for figures the status
// as a per-region choice; the normalised values go in a per-region text area.
import type { Analysis } from '../analysis/types.ts';
import type { SourceInfo } from './annotations.ts';
import { annotationsInCodePoints, LABELS, normalisedText } from './spans.ts';

const STATUSES = ['verified', 'attributed', 'unverified', 'conflict'] as const;
/** Model version shown in Label Studio next to the predictions. */
const MODEL_VERSION = 'ai-annotator';

export function exportLabelStudio(analysis: Analysis, source: SourceInfo, text: string): string {
  const result = annotationsInCodePoints(analysis, text).flatMap((a) => {
    // results of one region share its id; a text area's `text` holds what was typed, not the span
    const region = (from_name: string, type: string, value: object) =>
      ({ id: a.id, from_name, to_name: 'text', type, value: { start: a.cpStart, end: a.cpEnd, text: a.text, ...value } });
    return [
      region('label', 'labels', { labels: [LABELS[a.kind]] }),
      ...(a.kind === 'figure' ? [region('status', 'choices', { choices: [a.status] })] : []),
      region('normalised', 'textarea', { text: [normalisedText(a)] }),
    ];
  });
  const task = { data: { text, path: source.path }, predictions: [{ model_version: MODEL_VERSION, result }] };
  return JSON.stringify([task], null, 2) + '\n';
}

/** The labeling config the tasks are made for (Settings → Labeling Interface → Code). */
export function labelStudioConfig(): string {
  const labels = Object.values(LABELS).map((l) => `    <Label value="${l}"/>`);
  const statuses = STATUSES.map((s) => `    <Choice value="${s}"/>`);
  return [
    '<View>',
    '  <Labels name="label" toName="text">', ...labels, '  </Labels>',
    '  <Text name="text" value="$text"/>',
    '  <Choices name="status" toName="text" perRegion="true" visibleWhen="region-selected" whenLabelValue="Figure" choice="single">', ...statuses, '  </Choices>',
    '  <TextArea name="normalised" toName="text" perRegion="true" editable="true" maxSubmissions="1"/>',
    '</View>',
    '',
  ].join('\n');
}
