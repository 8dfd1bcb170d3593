// A page's Sources section: the `##` heading whose explicit id is `sources`, up to the next `#` or `##`
// heading (code blocks left out), and its entries: the top-level list items with their continuation lines.

export function sourcesEntries(source: string): string[] | undefined {
  const lines = source.replace(/```[\s\S]*?```/g, '').split('\n');
  const start = lines.findIndex((line) => /^##\s.*\{(?:\/\*\s*)?#sources(?:\s*\*\/)?\}\s*$/.test(line));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && /^#{1,2}\s/.test(line));
  const entries: string[] = [];
  for (const line of lines.slice(start + 1, end < 0 ? undefined : end)) {
    if (/^[-*]\s/.test(line)) entries.push(line);
    else if (entries.length > 0 && /^\s+\S/.test(line)) entries[entries.length - 1] += ` ${line.trim()}`;
  }
  return entries;
}

/** The addresses a Sources section links, without their #fragments. */
export function sourcesLinks(source: string): Set<string> {
  const links = (sourcesEntries(source) ?? []).flatMap((entry) =>
    [...entry.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => withoutFragment(m[1])),
  );
  return new Set(links);
}

export const withoutFragment = (url: string): string => url.replace(/#.*$/, '');
