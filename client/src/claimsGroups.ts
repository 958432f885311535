// The Claims view's structure, without VS Code types so it can be tested: figures grouped by
// status (the ones needing attention first), then by subject in order of first appearance,
// figures without a subject last, then by what they measure (attribute), in order of first appearance.
import { FIGURE_STATUSES, type FigureStatus, type ReportFigure } from '../../protocol/index.ts';


export interface AttributeGroup {
  attribute?: string;
  /** The attribute's name as the server gives it (in its locale). */
  name?: string;
  figures: ReportFigure[];
}

export interface SubjectGroup {
  status: FigureStatus;
  /** undefined: the figures whose subject could not be told. */
  subjectId?: string;
  subject?: string;
  /** Every figure of the group, in text order. */
  figures: ReportFigure[];
  /** The same figures by attribute. */
  attributes: AttributeGroup[];
}

export interface StatusGroup {
  status: FigureStatus;
  count: number;
  subjects: SubjectGroup[];
}

function add(group: SubjectGroup, f: ReportFigure) {
  group.figures.push(f);
  let by = group.attributes.find((a) => a.attribute === f.attribute);
  if (!by) group.attributes.push((by = { attribute: f.attribute, name: f.attributeName ?? f.attribute, figures: [] }));
  by.figures.push(f);
}

export function groupClaims(figures: readonly ReportFigure[]): StatusGroup[] {
  const out: StatusGroup[] = [];
  for (const status of FIGURE_STATUSES) {
    const subjects = new Map<string, SubjectGroup>();
    let none: SubjectGroup | undefined;
    for (const f of figures) {
      if (f.status !== status) continue;
      if (!f.subjectId) {
        add(none ??= { status, figures: [], attributes: [] }, f);
        continue;
      }
      let group = subjects.get(f.subjectId);
      if (!group) subjects.set(f.subjectId, (group = { status, subjectId: f.subjectId, subject: f.subject ?? f.subjectId, figures: [], attributes: [] }));
      add(group, f);
    }
    const groups = [...subjects.values(), ...(none ? [none] : [])];
    const count = groups.reduce((n, g) => n + g.figures.length, 0);
    if (count) out.push({ status, count, subjects: groups });
  }
  return out;
}
