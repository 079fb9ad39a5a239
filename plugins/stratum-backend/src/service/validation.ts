import { InputError } from '@backstage/errors';
import type { z } from 'zod';

/**
 * Parses request input with a zod schema; on failure throws an InputError (400) whose message starts with the field
 * at fault, e.g. `body.events.2.status: Invalid option: expected one of ...`.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'query' | 'body' | 'params',
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const messages = result.error.issues.slice(0, 5).map((issue) => {
    const field = [where, ...issue.path.map(String)].join('.');
    return `${field}: ${issue.message}`;
  });
  throw new InputError(messages.join('; '));
}
