// brat standoff: the .ann text of one document. Its .txt is the document text itself, written
// unchanged beside the .ann (see FORMATS: `companions`); brat reads the .txt as UTF-8 without
// translating line endings and counts offsets in code points. A span that crosses a line break
// becomes brat fragments (`10 12;13 15`), because brat shows each line on its own. A figure's
// attribute and non-claim kind are brat attributes (declared in annotation.conf); the rest of
// its claim (subject, rate denominator, benchmark, time scope, tolerance) is in its note.
import type { Analysis } from '../analysis/types.ts';
import { ATTRIBUTES } from '../knowledge/attributes.ts';
import { codePointOffsets } from './offsets.ts';
import { LABELS, NON_CLAIMS, normalisedText } from './spans.ts';
import { toAnnotations } from './annotations.ts';

export function exportBrat(analysis: Analysis, text: string): string {
  const offsets = codePointOffsets(text);
  const lines: string[] = [];
  let attributes = 0;
  toAnnotations(analysis).forEach((a, i) => {
    const id = `T${i + 1}`;
    const fragments = lineFragments(text, a.start, a.end);
    const where = fragments.map((f) => `${offsets.toCodePoint(f.start)} ${offsets.toCodePoint(f.end)}`).join(';');
    lines.push(`${id}\t${LABELS[a.kind]} ${where}\t${fragments.map((f) => text.slice(f.start, f.end)).join(' ')}`);
    if (a.kind === 'figure') {
      lines.push(`A${++attributes}\tStatus ${id} ${a.status}`);
      lines.push(`A${++attributes}\tQualifier ${id} ${a.qualifier}`);
      if (a.attribute) lines.push(`A${++attributes}\tAttribute ${id} ${a.attribute}`);
      if (a.nonClaim) lines.push(`A${++attributes}\tNonClaim ${id} ${a.nonClaim}`);
    } else if (!a.known) {
      lines.push(`A${++attributes}\tUnlisted ${id}`);
    }
    lines.push(`#${i + 1}\tAnnotatorNotes ${id}\t${normalisedText(a)}`);
  });
  return lines.map((l) => l + '\n').join('');
}

/** The parts of start..end between line breaks (UTF-16 offsets). */
function lineFragments(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[^\r\n]+/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    out.push({ start: m.index, end: Math.min(end, m.index + m[0].length) });
  }
  return out.length ? out : [{ start, end }];
}

/** annotation.conf for the collection: the entity types and attributes the .ann files use. */
export function bratAnnotationConf(): string {
  return [
    '# brat configuration for ai-annotator exports',
    '[entities]', LABELS.vendor, LABELS.model, LABELS.product, LABELS.figure,
    '', '[relations]',
    '# mentions may nest (a vendor inside a model name)',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '', '[events]',
    '', '[attributes]',
    `Status\tArg:${LABELS.figure}, Value:verified|attributed|unverified|conflict`,
    `Qualifier\tArg:${LABELS.figure}, Value:eq|gt|gte|lt|lte|approx`,
    '# what a figure claims about its subject (the rest of the claim is in the annotator notes)',
    `Attribute\tArg:${LABELS.figure}, Value:${ATTRIBUTES.join('|')}`,
    `NonClaim\tArg:${LABELS.figure}, Value:${NON_CLAIMS.join('|')}`,
    `Unlisted\tArg:${LABELS.vendor}|${LABELS.model}|${LABELS.product}`,
    '',
  ].join('\n');
}
