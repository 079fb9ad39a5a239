/** Whether a workspace-relative pattern has glob characters (`*`); otherwise it names one file. */
export function isGlob(pattern: string): boolean {
  return pattern.includes('*');
}

/**
 * A workspace-relative glob as a RegExp over posix paths: `**` matches any number of folders, `*` anything but
 * `/`. A pattern ending in `/` means everything under that folder.
 */
export function globToRegExp(pattern: string): RegExp {
  const source = pattern.endsWith('/') ? `${pattern}**` : pattern;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '*' && source[i + 1] === '*') {
      const slash = source[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') out += '[^/]*';
    else out += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}
