import type { DataRenderer } from '../eval/scope';
import { policyDocumentValue } from '../normalize/policy-document';

/** Renderers by data source type and attribute. */
export type DataRenderers = Readonly<Record<string, Readonly<Record<string, DataRenderer>>>>;

/** The normalizers plugged into the evaluator: `data.aws_iam_policy_document.x.json` is the IAM JSON it renders. */
export const DATA_RENDERERS: DataRenderers = {
  aws_iam_policy_document: { json: policyDocumentValue, minified_json: policyDocumentValue },
};
