// A rollback must not destroy what an import brought under management: it forgets it (terraform state rm).

interface StackJson {
  import?: { to?: unknown }[];
  resource?: Record<string, Record<string, unknown>>;
}

/**
 * The addresses the applied configuration imports (its `import` blocks) that `before` does not declare: rolling
 * back to `before` would destroy them, though they existed before Stratum managed them. `before` undefined (the
 * stack is new) means every imported address.
 */
export function importedSince(applied: string, before: string | undefined): string[] {
  const imports = (JSON.parse(applied) as StackJson).import ?? [];
  const declared = before === undefined ? undefined : (JSON.parse(before) as StackJson).resource;
  return imports
    .map((i) => i.to)
    .filter((to): to is string => typeof to === 'string' && /^[a-z0-9_]+\.[A-Za-z0-9_-]+$/.test(to))
    .filter((to) => {
      const [type, name] = to.split('.') as [string, string];
      return declared?.[type]?.[name] === undefined;
    })
    .sort();
}
