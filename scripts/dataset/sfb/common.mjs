// Shared helpers and constants of the Skype for Business Server rule spec.
export const L = (en, zh) => ({ en, 'zh-TW': zh });
export const req = { level: 'required' };
export const opt = (condition) => ({ level: 'optional', condition });
export const P = (from, to = from) => ({ from, to });
export const MEDIA = P(50000, 59999);
export const join = (a, b) => ({ en: `${a.en} ${b.en}`, 'zh-TW': `${a['zh-TW']}${b['zh-TW']}` });

export const PUB = ['single-public', 'scaled-dns-public'];
export const NAT = ['single-nat', 'scaled-dns-nat'];
export const HLB = ['scaled-hlb'];
export const EDGE = [...PUB, ...NAT, ...HLB];
export const DIRECTORS = ['director-single', 'director-hlb', 'director-dns-hlb'];
export const DIRECTOR_POOLS = ['director-hlb', 'director-dns-hlb'];

export const EXT = ['external-access'];
export const AV = ['external-access', 'av-media'];
export const INTERNAL_SIP = ['external-access', 'sip-federation', 'public-im', 'web-conferencing', 'av-media'];
export const WEB = ['reverse-proxy-web', 'external-access', 'autodiscover'];

/**
 * A rule: `summary` is [en, zh-TW]; `rows` are row or paragraph references; `products` limits the
 * rule to some products (default: every SfB product).
 */
export const rule = (id, summary, facts) => ({ id, summary: L(...summary), legacy: false, requirement: req, ...facts });
