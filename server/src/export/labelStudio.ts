// Label Studio: a task list (one task per document) whose `predictions` pre-fill the labeling
// config below, so annotators review instead of starting from nothing. Label Studio counts
// Text offsets in code points. Each span is one region: its label, and for figures the status
// as a per-region choice, and so are a figure's attribute and non-claim kind; the normalised
// values go in a per-region text area, and the whole ai-annotations/1 record of the span in the
// region's meta (Label Studio keeps a region's meta as it is, and shows its `text`).
import type { Analysis } from '../analysis/types.ts';
import { ATTRIBUTES } from '../knowledge/attributes.ts';
import type { SourceInfo } from './annotations.ts';
import { annotationsInCodePoints, LABELS, NON_CLAIMS, normalisedText, recordOf, STATUSES } from './spans.ts';

/** Model version shown in Label Studio next to the predictions. */
const MODEL_VERSION = 'ai-annotator';

export function exportLabelStudio(analysis: Analysis, source: SourceInfo, text: string): string {
  const result = annotationsInCodePoints(analysis, text).flatMap((a) => {
    // results of one region share its id; a text area's `text` holds what was typed, not the span
    const region = (from_name: string, type: string, value: object) =>
      ({ id: a.id, from_name, to_name: 'text', type, value: { start: a.cpStart, end: a.cpEnd, text: a.text, ...value } });
    const figure = a.kind === 'figure' ? a : undefined;
    return [
      { ...region('label', 'labels', { labels: [LABELS[a.kind]] }), meta: { text: [normalisedText(a)], annotation: recordOf(a) } },
      ...(figure ? [region('status', 'choices', { choices: [figure.status] })] : []),
      ...(figure?.attribute ? [region('attribute', 'choices', { choices: [figure.attribute] })] : []),
      ...(figure?.nonClaim ? [region('nonClaim', 'choices', { choices: [figure.nonClaim] })] : []),
      region('normalised', 'textarea', { text: [normalisedText(a)] }),
    ];
  });
  const task = { data: { text, path: source.path }, predictions: [{ model_version: MODEL_VERSION, result }] };
  return JSON.stringify([task], null, 2) + '\n';
}

/** The labeling config the tasks are made for (Settings → Labeling Interface → Code). */
export function labelStudioConfig(): string {
  const labels = Object.values(LABELS).map((l) => `    <Label value="${l}"/>`);
  const choices = (values: readonly string[]) => values.map((v) => `    <Choice value="${v}"/>`);
  const perFigure = (name: string) => `  <Choices name="${name}" toName="text" perRegion="true" visibleWhen="region-selected" whenLabelValue="${LABELS.figure}" choice="single">`;
  return [
    '<View>',
    '  <Labels name="label" toName="text">', ...labels, '  </Labels>',
    '  <Text name="text" value="$text"/>',
    perFigure('status'), ...choices(STATUSES), '  </Choices>',
    perFigure('attribute'), ...choices(ATTRIBUTES), '  </Choices>',
    perFigure('nonClaim'), ...choices(NON_CLAIMS), '  </Choices>',
    '  <TextArea name="normalised" toName="text" perRegion="true" editable="true" maxSubmissions="1"/>',
    '</View>',
    '',
  ].join('\n');
}
