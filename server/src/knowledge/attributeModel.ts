// The learned attribute model as data (data/attribute-model.json, schema/attribute-model.schema.json),
// written by scripts/train/attributes.ts. The analysis compiles it once (analysis/learnedAttributes.ts).
import type { Attribute } from './attributes.ts';
import model from './data/attribute-model.json';
import schema from './schema/attribute-model.schema.json';

export { schema as attributeModelSchema };

export interface AttributeModelData {
  trainedOn: string[];
  examples: number;
  /** Weights are written as integers: divide by this. */
  scale: number;
  attributes: Attribute[];
  /** Feature name → [attribute index, weight × scale, attribute index, weight × scale, …]. */
  weights: Record<string, number[]>;
}

export const BUNDLED_ATTRIBUTE_MODEL = model as AttributeModelData;
