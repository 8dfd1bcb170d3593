// SVG text does not wrap by itself. These helpers break a label into lines that fit a width, from an
// estimate of each character's width: CJK characters are one em wide, other characters at most
// 0.62 em (bold Latin averages less), so the estimate errs on the side of an extra line, never a clip.

const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Estimated width of `text` at `fontSize` (in the drawing's units). */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.62;
  return ems * fontSize;
}

/**
 * Lines of `text` no wider than `maxWidth`: breaks at spaces in Latin text and between any two CJK
 * characters (never before closing punctuation); a single word longer than the width keeps its own line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  // Tokens: a run of non-space Latin characters, a single CJK character, or a space.
  const tokens =
    text.match(
      /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f][）」』”，。：；、]*|[^\s\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line !== '' && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
