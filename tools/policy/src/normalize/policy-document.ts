import { isUnknown, toBlocks, type Value } from '../eval/value';
import type { EvalNode } from '../eval/scope';
import { policyStatements } from './iam';

/** Statement arguments of `aws_iam_policy_document` and the IAM JSON element each becomes. */
const ELEMENTS = [
  ['sid', 'Sid'],
  ['effect', 'Effect'],
  ['actions', 'Action'],
  ['not_actions', 'NotAction'],
  ['resources', 'Resource'],
  ['not_resources', 'NotResource'],
] as const;

/** Arguments that merge other policy documents (JSON text) into this one. */
const MERGED = [
  'source_policy_documents',
  'override_policy_documents',
  'source_json',
  'override_json',
] as const;

/**
 * The IAM JSON an `aws_iam_policy_document` data source renders, built from its statement blocks and the
 * documents it merges. Unknown parts stay unknown; `effect` defaults to Allow as in the provider.
 */
export function policyDocumentValue(node: EvalNode, depth: number): Value {
  const statements: Value[] = [];
  for (const block of toBlocks(node.get('statement', depth))) {
    if (isUnknown(block)) {
      statements.push(block);
      continue;
    }
    const statement: Record<string, Value> = { Effect: 'Allow' };
    for (const [argument, element] of ELEMENTS) {
      const value = block[argument];
      if (value !== undefined && value !== null) statement[element] = value;
    }
    statements.push(statement);
  }
  for (const argument of MERGED) {
    const value = node.get(argument, depth);
    const documents = value === undefined ? [] : Array.isArray(value) ? (value as readonly Value[]) : [value];
    for (const document of documents) {
      const parsed = policyStatements(document);
      statements.push(...(parsed.unknown ? [parsed.unknown] : parsed.statements));
    }
  }
  return { Version: '2012-10-17', Statement: statements };
}
