/**
 * Line-by-line checks of generated Cisco ASA and PAN-OS configuration against the vendors'
 * documented command syntax (no parser for either is available offline). Written from the
 * documents, independently of the generators:
 *
 * Cisco ASA (9.x):
 * - Cisco ASA Series Firewall CLI Configuration Guide, "Objects for Access Control":
 *   `object network NAME` with `fqdn [v4 | v6] NAME` and `description TEXT`; `object-group network
 *   NAME` with `network-object {host IPv4_or_IPv6 | IPv4 MASK | IPv6/PREFIX | object NAME}`; object
 *   names at most 64 characters (letters, digits, .!@#$%^&()-_{}); objects and groups share one
 *   namespace; an object used in a command cannot be empty.
 *   https://www.cisco.com/c/en/us/td/docs/security/asa/asa918/configuration/firewall/asa-918-firewall-config/access-objects.html
 * - Same guide, "Access Control Lists": `access-list NAME extended {deny | permit} PROTOCOL SOURCE
 *   [PORT] DESTINATION [PORT] [log …] [time-range NAME] [inactive]`, addresses `any`, `host IP`,
 *   `IP MASK`, `object NAME`, `object-group NAME`; ports `eq P`, `range P Q` (also lt, gt, neq);
 *   `access-list NAME remark TEXT` (up to 100 characters); `inactive` is the last keyword.
 *   https://www.cisco.com/c/en/us/td/docs/security/asa/asa918/configuration/firewall/asa-918-firewall-config/access-acls.html
 * - Same guide, "Access Rules": `access-group ACL {in | out} interface NAME`.
 *   https://www.cisco.com/c/en/us/td/docs/security/asa/asa918/configuration/firewall/asa-918-firewall-config/access-rules.html
 * - Cisco ASA Series Command Reference: access-list extended, access-list remark, access-group,
 *   object network, object-group network, network-object, fqdn.
 *
 * Palo Alto Networks PAN-OS (10.x/11.x):
 * - PAN-OS CLI Quick Start, "Use the CLI" > "Modify the Configuration" (`set` in configuration
 *   mode, values with spaces in double quotes, lists in [ ]):
 *   https://docs.paloaltonetworks.com/pan-os/11-1/pan-os-cli-quick-start/use-the-cli/modify-the-configuration
 * - PAN-OS Web Interface Help / Administrator's Guide, "Objects > Addresses" (type IP Netmask or
 *   FQDN; names at most 63 characters of letters, digits, spaces, hyphens, underscores and
 *   periods), "Objects > Address Groups" (static members), "Objects > Services" (protocol TCP or
 *   UDP, destination port and source port: a port, a range low-high, or a comma-separated list),
 *   "Policies > Security" (name at most 63 characters, source and destination zone, address,
 *   user, application, service, action).
 *   CLI paths: `set address NAME ip-netmask|fqdn|description`, `set address-group NAME static [ … ]`,
 *   `set service NAME protocol tcp|udp port … source-port …`, `set rulebase security rules NAME
 *   from … to … source … destination … source-user … category … application … service … action …`,
 *   `… description "…"`, `… disabled yes`.
 */
import ipaddr from 'ipaddr.js';

export interface SyntaxIssue {
  line: number;
  text: string;
  problem: string;
}

const isV4 = (s: string) => ipaddr.IPv4.isValidFourPartDecimal(s);
const isV6 = (s: string) => s.includes(':') && ipaddr.IPv6.isValid(s);
const isMask = (s: string) => isV4(s) && ipaddr.IPv4.parse(s).prefixLengthFromSubnetMask() !== null;
const isPort = (s: string) => /^\d{1,5}$/.test(s) && Number(s) >= 1 && Number(s) <= 65535;
const FQDN = /^(?=.{1,253}$)(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+[a-z][a-z0-9-]{0,62}$/;

const ASA_NAME = '([A-Za-z0-9.!@#$%^&()_{}-]{1,64})';
const ASA_ADDR = `(any|any4|any6|host \\S+|object ${ASA_NAME}|object-group ${ASA_NAME})`;
const ASA_PORT = '( eq \\d+| range \\d+ \\d+)?';

type Form = [pattern: RegExp, handle: (m: RegExpExecArray) => void, when?: () => boolean];

/** Runs the first form whose pattern matches the line; false when none does. */
function dispatch(line: string, forms: readonly Form[]): boolean {
  for (const [pattern, handle, when] of forms) {
    if (when && !when()) continue;
    const m = pattern.exec(line);
    if (m) {
      handle(m);
      return true;
    }
  }
  return false;
}

export function checkAsaSyntax(text: string): SyntaxIssue[] {
  const issues: SyntaxIssue[] = [];
  const defined = new Map<string, 'object' | 'object-group'>();
  const acls = new Set<string>();
  const bound = new Set<string>();
  let block: 'object' | 'object-group' | undefined;
  let objectBody = 0;
  text.split('\n').forEach((line, i) => {
    const fail = (problem: string) => issues.push({ line: i + 1, text: line, problem });
    const need = (name: string | undefined, kind: 'object' | 'object-group') => {
      if (!name || defined.get(name) !== kind) fail(`${kind} ${name} used before it is defined`);
    };
    const define = (name: string, kind: 'object' | 'object-group') => {
      if (defined.has(name)) fail('name already used (objects and groups share one namespace)');
      defined.set(name, kind);
      block = kind;
      objectBody = 0;
    };
    if (block === 'object' && !line.startsWith(' ') && objectBody !== 1) fail('object network needs exactly one fqdn/host/subnet/range');
    if (!line.startsWith(' ')) block = undefined;
    if (line === '' || /^!( .*)?$/.test(line)) return;
    const forms: Form[] = [
      [new RegExp(`^object network ${ASA_NAME}$`), (m) => define(m[1]!, 'object')],
      [new RegExp(`^object-group network ${ASA_NAME}$`), (m) => define(m[1]!, 'object-group')],
      [/^ description [\x20-\x7e]{1,200}$/, () => {}, () => block !== undefined],
      [
        /^ fqdn (v4|v6) (\S+)$/,
        (m) => {
          if (!FQDN.test(m[2]!)) fail('not a host name');
          objectBody++;
        },
        () => block === 'object',
      ],
      [
        /^ network-object (.+)$/,
        (m) => {
          const parts = m[1]!.split(' ');
          const [address = '', prefix = ''] = (parts[0] ?? '').split('/');
          const ok =
            (parts[0] === 'host' && parts.length === 2 && (isV4(parts[1]!) || isV6(parts[1]!))) ||
            (parts.length === 2 && isV4(parts[0]!) && isMask(parts[1]!)) ||
            (parts.length === 1 && /^\d{1,3}$/.test(prefix) && isV6(address) && Number(prefix) <= 128) ||
            (parts[0] === 'object' && parts.length === 2);
          if (!ok) fail('not a documented network-object form');
          if (parts[0] === 'object') need(parts[1], 'object');
        },
        () => block === 'object-group',
      ],
      [
        new RegExp(`^access-list ${ASA_NAME} remark (.+)$`),
        (m) => {
          if (m[2]!.length > 100 || /[^\x20-\x7e]/.test(m[2]!)) fail('remark longer than 100 characters or not printable ASCII');
          acls.add(m[1]!);
        },
      ],
      [
        new RegExp(`^access-list ${ASA_NAME} extended permit (tcp|udp) ${ASA_ADDR}${ASA_PORT} ${ASA_ADDR}${ASA_PORT}( inactive)?$`),
        (m) => {
          acls.add(m[1]!);
          for (const address of [m[3]!, m[7]!]) {
            const [kind, name] = address.split(' ');
            if (kind === 'object' || kind === 'object-group') need(name, kind);
            if (kind === 'host' && !isV4(name!) && !isV6(name!)) fail('host needs an IP address');
          }
          for (const port of [m[6], m[10]].filter(Boolean)) {
            const [, op, a, b] = port!.split(' ');
            if (!isPort(a!) || (op === 'range' && (!isPort(b!) || Number(a) > Number(b)))) fail('bad port or range');
          }
        },
      ],
      [
        new RegExp(`^access-group ${ASA_NAME} in interface ([A-Za-z0-9._-]{1,48})$`),
        (m) => {
          if (!acls.has(m[1]!)) fail('access-group binds an ACL that has no entries');
          if (bound.has(m[1]!)) fail('ACL bound twice');
          bound.add(m[1]!);
        },
      ],
    ];
    if (!dispatch(line, forms)) fail('not a documented command form');
  });
  if (block === 'object' && objectBody !== 1)
    issues.push({ line: 0, text: 'end', problem: 'object network needs exactly one fqdn/host/subnet/range' });
  for (const acl of acls) if (!bound.has(acl)) issues.push({ line: 0, text: acl, problem: 'ACL never bound with access-group' });
  return issues;
}

const PAN_NAME = '([A-Za-z0-9_][A-Za-z0-9._-]{0,62})';
const PAN_PORTS = '(\\d+(?:-\\d+)?(?:,\\d+(?:-\\d+)?)*)';
const portsOk = (list: string) =>
  list.split(',').every((item) => {
    const [a, b = a] = item.split('-');
    return isPort(a!) && isPort(b!) && Number(a) <= Number(b);
  });

export function checkPanosSyntax(text: string, zones: readonly string[]): SyntaxIssue[] {
  const issues: SyntaxIssue[] = [];
  const addresses = new Set<string>();
  const groups = new Set<string>();
  const services = new Set<string>();
  const rules = new Set<string>();
  text.split('\n').forEach((line, i) => {
    const fail = (problem: string) => issues.push({ line: i + 1, text: line, problem });
    const ref = (name: string) => name === 'any' || addresses.has(name) || groups.has(name);
    if (line === '' || /^#( .*)?$/.test(line)) return;
    const forms: Form[] = [
      [
        new RegExp(`^set address ${PAN_NAME} (ip-netmask|fqdn) (\\S+)$`),
        (m) => {
          if (addresses.has(m[1]!) || groups.has(m[1]!)) fail('address name already used');
          const [ip = '', bits = ''] = m[3]!.split('/');
          const netmaskOk = /^\d{1,3}$/.test(bits) && ((isV4(ip) && Number(bits) <= 32) || (isV6(ip) && Number(bits) <= 128));
          if (!(m[2] === 'fqdn' ? FQDN.test(m[3]!) : netmaskOk)) fail('bad ip-netmask or fqdn value');
          addresses.add(m[1]!);
        },
      ],
      [
        new RegExp(`^set (address|address-group) ${PAN_NAME} description "([^"\\n]{0,1023})"$`),
        (m) => {
          if (!(m[1] === 'address' ? addresses : groups).has(m[2]!)) fail('description of an undefined object');
        },
      ],
      [
        new RegExp(`^set address-group ${PAN_NAME} static \\[ (${PAN_NAME}(?: ${PAN_NAME})*) \\]$`),
        (m) => {
          if (addresses.has(m[1]!) || groups.has(m[1]!)) fail('address-group name already used');
          if (!m[2]!.split(' ').every((member) => addresses.has(member))) fail('member not defined');
          groups.add(m[1]!);
        },
      ],
      [
        new RegExp(`^set service ${PAN_NAME} protocol (tcp|udp) port ${PAN_PORTS}(?: source-port ${PAN_PORTS})?$`),
        (m) => {
          if (services.has(m[1]!)) fail('service defined twice');
          if (!portsOk(m[3]!) || (m[4] !== undefined && !portsOk(m[4]))) fail('bad port list');
          services.add(m[1]!);
        },
      ],
      [
        new RegExp(
          `^set rulebase security rules ${PAN_NAME} from (\\S+) to (\\S+) source (\\S+) destination (\\S+) source-user any category any application any service ${PAN_NAME} action allow$`,
        ),
        (m) => {
          if (rules.has(m[1]!)) fail('rule defined twice');
          if (!zones.includes(m[2]!) || !zones.includes(m[3]!)) fail('unknown zone');
          if (!ref(m[4]!) || !ref(m[5]!)) fail('address not defined');
          if (!services.has(m[6]!)) fail('service not defined');
          rules.add(m[1]!);
        },
      ],
      [
        new RegExp(`^set rulebase security rules ${PAN_NAME} (description "[^"\\n]{0,1023}"|disabled yes)$`),
        (m) => {
          if (!rules.has(m[1]!)) fail('setting of an undefined rule');
        },
      ],
    ];
    if (!dispatch(line, forms)) fail('not a documented command form');
  });
  return issues;
}
