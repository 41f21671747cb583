/**
 * Glob patterns as VS Code's findFiles reads them (`**`, `*`, `?`, `{a,b}`, `[abc]`), matched against a
 * path relative to the workspace folder with forward slashes. The scan uses findFiles itself; this
 * matcher applies the same exclude settings to file-watcher events, which arrive unfiltered.
 * Hand-written because the semantics needed are small and a glob library would be a runtime dependency
 * bundled only for this.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:[^/]*/)*'; // `**/`: any number of whole segments, including none
        } else {
          re += '.*';
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inGroup++;
      re += '(?:';
    } else if (c === '}' && inGroup) {
      inGroup--;
      re += ')';
    } else if (c === ',' && inGroup) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  while (inGroup-- > 0) re += ')';
  return new RegExp(`^${re}$`);
}

export function matchesAnyGlob(relPath: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g.replace(/\\/g, '/').replace(/^\.\//, '')).test(relPath));
}

/** One findFiles exclude pattern for several globs. */
export function combineGlobs(globs: readonly string[]): string | undefined {
  const clean = globs.map((g) => g.trim()).filter(Boolean);
  if (!clean.length) return undefined;
  return clean.length === 1 ? clean[0] : `{${clean.join(',')}}`;
}
