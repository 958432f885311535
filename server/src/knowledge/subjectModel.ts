// The learned subject model as data (data/subject-model.json, schema/subject-model.schema.json),
// written by scripts/train/subjects.ts. The analysis compiles it once (analysis/learnedSubjects.ts).
import model from './data/subject-model.json';
import schema from './schema/subject-model.schema.json';

export { schema as subjectModelSchema };

export interface SubjectModelData {
  trainedOn: string[];
  examples: number;
  /** Weights are written as integers: divide by this. */
  scale: number;
  /** Feature name → weight × scale. */
  weights: Record<string, number>;
}

export const BUNDLED_SUBJECT_MODEL = model as SubjectModelData;
