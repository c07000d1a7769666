/**
 * Text that goes into a device configuration: comments made ASCII and inert, object names made
 * valid for each device (allowed characters, length) and unique. Every string taken from the
 * dataset or typed by a user passes through here before it reaches a config line.
 */
import type { Zone } from '../schema';
import { oneLine } from '../text';

/** Characters allowed in comments, remarks and descriptions: no quotes, backslashes, shell or CLI metacharacters. */
const COMMENT_UNSAFE = /[^A-Za-z0-9 ._:,/+=-]/g;

/**
 * ASCII, single-line, quote-free text of at most `max` characters: accents are dropped
 * (é → e), anything else outside [A-Za-z0-9 ._:,/+=-] becomes `_`, whitespace runs become one space;
 * a longer text is cut at a word boundary near the limit.
 */
export function safeComment(text: string, max: number): string {
  // Every Unicode line break first (\s misses NEL): a comment stays on its one line.
  const ascii = oneLine(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .replace(COMMENT_UNSAFE, '_')
    .trim();
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  // Cut at a word boundary when one is near the end, so a document code is never half-written.
  return (space >= max * 0.6 ? cut.slice(0, space) : cut.slice(0, max)).trimEnd();
}

/** FNV-1a, 32 bits, as 6 hex digits: a short stable tag that keeps truncated names distinct. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0').slice(0, 6);
}

export interface NameRules {
  /** Characters a name may hold (one character class, without the brackets' negation). */
  allowed: RegExp;
  /** Replacement for a character that is not allowed. */
  filler: string;
  maxLength: number;
  /** A name must start with one of these characters; otherwise `prefix` is prepended. */
  first: RegExp;
  prefix: string;
}

/**
 * A namer: the same key always gets the same name; two keys never get the same name. Characters
 * that are not allowed become the filler; a name that is too long, or already taken by another
 * key, is cut and ends with a hash of its key.
 */
export function createNamer(rules: NameRules): (key: string, wanted: string) => string {
  const byKey = new Map<string, string>();
  const taken = new Set<string>();
  return (key, wanted) => {
    const known = byKey.get(key);
    if (known !== undefined) return known;
    let name = [...wanted].map((c) => (rules.allowed.test(c) ? c : rules.filler)).join('');
    if (!rules.first.test(name.charAt(0))) name = rules.prefix + name;
    const base = name;
    for (let attempt = 0; name.length > rules.maxLength || taken.has(name); attempt++) {
      const tag = `${rules.filler}${shortHash(attempt === 0 ? key : `${key}#${attempt}`)}`;
      name = base.slice(0, rules.maxLength - tag.length) + tag;
    }
    byKey.set(key, name);
    taken.add(name);
    return name;
  };
}

/** nftables set, table and chain names: an identifier of letters, digits and underscores. */
export const NFT_NAME: NameRules = { allowed: /[A-Za-z0-9_]/, filler: '_', maxLength: 63, first: /[A-Za-z]/, prefix: 'n_' };
/** Cisco ASA object names: at most 64 characters; letters, digits and . - _ (a subset of what ASA allows). */
export const ASA_NAME: NameRules = { allowed: /[A-Za-z0-9._-]/, filler: '_', maxLength: 64, first: /[A-Za-z]/, prefix: 'N-' };
/** PAN-OS object and rule names: at most 63 characters; letters, digits, . - _; starting with a letter or digit. */
export const PANOS_NAME: NameRules = { allowed: /[A-Za-z0-9._-]/, filler: '_', maxLength: 63, first: /[A-Za-z0-9]/, prefix: 'N-' };
/** PAN-OS zone names: at most 31 characters. */
export const PANOS_ZONE: NameRules = { ...PANOS_NAME, maxLength: 31 };
/** ASA interface names (nameif): at most 48 characters. */
export const ASA_INTERFACE: NameRules = { ...ASA_NAME, maxLength: 48 };

/** The names administrators rename most often, in one place. */
export const DEFAULT_ASA_INTERFACES: Readonly<Record<Zone, string>> = { internet: 'outside', perimeter: 'dmz', internal: 'inside' };
export const DEFAULT_PANOS_ZONES: Readonly<Record<Zone, string>> = { internet: 'untrust', perimeter: 'dmz', internal: 'trust' };

/** A name for one-off use (zones, interfaces): made valid the same way, without uniqueness bookkeeping. */
export const validName = (rules: NameRules, wanted: string): string => createNamer(rules)(wanted, wanted);
