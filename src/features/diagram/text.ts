/** Text measuring and line breaking for the diagrams: deterministic estimates, no DOM. */

/** Estimated rendered width: CJK characters are about a full em, others a bit over half. */
export function textWidth(text: string, fontSize = 12): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.6;
  return width;
}

/**
 * Word wrap to a maximum width that breaks where a reader would: at spaces, after a comma or 、,
 * and before a bracketed part, which stays whole ("Edge Server A/V 介面" / "(私人 IP，NAT)"). A run
 * of CJK characters is a word too ("硬體負載平衡器" stays whole); only a word wider than a line is
 * cut, CJK between characters, other text where it must.
 */
export function wrap(text: string, maxWidth: number, fontSize = 12, keepBrackets = true): string[] {
  const pattern = keepBrackets ? /\([^()]*\)|[^\s(，、,]+[，、,]?|[，、,]|\s+|\(/g : /[^\s，、,]+[，、,]?|[，、,]|\s+/g;
  const tokens = text.match(pattern) ?? [text];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  for (const token of tokens) {
    const candidate = line + token;
    if (textWidth(candidate.trim(), fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (/^\s+$/.test(token)) {
      push();
      continue;
    }
    if (line.trim() !== '') push();
    if (textWidth(token, fontSize) <= maxWidth) {
      line = token;
      continue;
    }
    // A bracketed part wider than a line breaks at its own spaces; a word wider than a line is cut
    // between characters (CJK) or as late as it fits (other text).
    const parts = keepBrackets && /\s/.test(token) ? wrap(token, maxWidth, fontSize, false) : undefined;
    if (parts) {
      lines.push(...parts.slice(0, -1));
      line = parts[parts.length - 1] ?? '';
      continue;
    }
    for (const ch of token) {
      if (line !== '' && textWidth(line + ch, fontSize) > maxWidth) push();
      line += ch;
    }
  }
  push();
  return lines.length > 0 ? lines : [text];
}
