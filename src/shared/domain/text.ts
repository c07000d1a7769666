/**
 * Untrusted text (datasets, links, stored values, file names) made safe to show and to write next
 * to the app's own text. Pure.
 */

/**
 * Characters removed from every dataset string: bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), the marks (U+200E, U+200F, U+061C), the deprecated format
 * controls (U+206A–U+206F), interlinear annotation (U+FFF9–U+FFFB), a stray byte-order mark, and C0/C1
 * control characters except tab and the line breaks (which the outputs handle, see LINE_BREAK).
 * Any of them could reorder or hide the app's text around a value ("SIP\u202E" shown as "SIP1605 PCT…").
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

export const stripControls = (text: string): string => text.replace(CONTROLS, '');
/** The same characters as spaces (words on either side of one stay apart). */
export const controlsToSpaces = (text: string): string => text.replace(CONTROLS, ' ');

/** Every Unicode line break: CR LF, LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;

/** Line breaks as "\n" (a CSV cell that holds one is then quoted). */
export const normalizeLineBreaks = (text: string): string => text.replace(LINE_BREAK, '\n');

/** One line: every run of line breaks becomes one space (Markdown table cells, comments, messages). */
export const oneLine = (text: string): string => text.replace(/(?:\r\n|[\n\v\f\r\u0085\u2028\u2029])+/g, ' ');

/** At most `max` characters (code points), with "…" when cut: for values quoted in messages. */
export function cutText(text: string, max = 80): string {
  if (text.length <= max) return text;
  // max + 1 code points take at most 2 * (max + 1) UTF-16 units (max + 1 units would stop at about max / 2 emoji).
  const chars = Array.from(text.slice(0, 2 * (max + 1)));
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

/** A value shown inside an app sentence (file names, ignored link parts): controls removed, one line, cut. */
export const displayValue = (text: string, max = 80): string => cutText(oneLine(stripControls(text)).trim(), max);
