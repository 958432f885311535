// The Claims view's structure, without VS Code types so it can be tested: figures grouped by
// status (the ones needing attention first), then by subject in order of first appearance,
// figures without a subject last.
import { FIGURE_STATUSES, type FigureStatus, type ReportFigure } from '../../protocol/index.ts';


export interface SubjectGroup {
  status: FigureStatus;
  /** undefined: the figures whose subject could not be told. */
  subjectId?: string;
  subject?: string;
  figures: ReportFigure[];
}

export interface StatusGroup {
  status: FigureStatus;
  count: number;
  subjects: SubjectGroup[];
}

export function groupClaims(figures: readonly ReportFigure[]): StatusGroup[] {
  const out: StatusGroup[] = [];
  for (const status of FIGURE_STATUSES) {
    const subjects = new Map<string, SubjectGroup>();
    let none: SubjectGroup | undefined;
    for (const f of figures) {
      if (f.status !== status) continue;
      if (!f.subjectId) {
        (none ??= { status, figures: [] }).figures.push(f);
        continue;
      }
      let group = subjects.get(f.subjectId);
      if (!group) subjects.set(f.subjectId, (group = { status, subjectId: f.subjectId, subject: f.subject ?? f.subjectId, figures: [] }));
      group.figures.push(f);
    }
    const groups = [...subjects.values(), ...(none ? [none] : [])];
    const count = groups.reduce((n, g) => n + g.figures.length, 0);
    if (count) out.push({ status, count, subjects: groups });
  }
  return out;
}
