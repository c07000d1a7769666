/**
 * Log lines as the vendors document them:
 * - netfilter: the kernel's nf_log_syslog.c format strings ("SRC=%pI4 DST=%pI4 LEN=%u TOS=0x%02X
 *   PREC=0x%02X TTL=%u ID=%u ", "PROTO=TCP SPT=%u DPT=%u ", IPv6 "SRC=%pI6 DST=%pI6 " in full
 *   uncompressed form), and a published LOG line (https://github.com/sinsunsan/archiref_wiki/wiki/iptables).
 * - Cisco ASA: "Cisco ASA Series CLI Configuration Guide", Configuring Logging for Access Lists
 *   (106100 examples, printed there as %ASA|PIX-7-106100), and the syslog message guide's formats
 *   for 106001 ("Inbound TCP connection denied from IP_address/port to IP_address/port flags
 *   tcp_flags on interface interface_name") and 106023 ("Deny protocol src
 *   interface_name:source_address/source_port dst interface_name:dest_address/dest_port … by
 *   access-group acl_ID [0x…, 0x…]").
 * - Windows Firewall: "Interpreting the Windows Firewall Log" (TechNet, Windows Server 2003),
 *   https://technet.microsoft.com/en-us/library/cc758040(v=WS.10).aspx (example: 123.45.678.90!).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLogLine } from '../../src/shared/domain/flow/logs';

const FIELDS = 'date time action protocol src-ip dst-ip src-port dst-port size tcpflags tcpsyn tcpack tcpwin icmptype icmpcode info path';
const HEADER = `#Version: 1.5\n#Software: Microsoft Windows Firewall\n#Time Format: Local\n#Fields: ${FIELDS}`;

describe('netfilter LOG lines (iptables LOG, nftables log)', () => {
  it('reads the published iptables LOG example', () => {
    const line =
      'May  7 20:44:44 Ubuntu-1404-trusty-64-minimal kernel: [545448.996144] iptables denied: IN=eth0 OUT= MAC=44:8a:5b:29:e8:c9:3c:61:04:71:0f:98:08:00 SRC=82.224.93.129 DST=148.251.68.173 LEN=64 TOS=0x00 PREC=0x00 TTL=48 ID=30884 DF PROTO=TCP SPT=51667 DPT=80 WINDOW=65535 RES=0x00 SYN URGP=0';
    expect(parseLogLine(line)).toEqual({
      ok: true,
      format: 'netfilter',
      flow: { source: '82.224.93.129', destination: '148.251.68.173', transport: 'tcp', sourcePort: 51667, destinationPort: 80 },
    });
  });

  it('reads an IPv6 line in the kernel’s full form and compresses the addresses', () => {
    const line =
      '[ 2712.1] lync-drop: IN=eth1 OUT=eth0 MAC= SRC=2001:0db8:0000:0000:0000:0000:0000:0009 DST=2001:0db8:0100:0000:0000:0000:0000:0012 LEN=80 TC=0 HOPLIMIT=63 FLOWLBL=0 PROTO=UDP SPT=3478 DPT=3478 LEN=40';
    expect(parseLogLine(line)).toMatchObject({
      ok: true,
      flow: { source: '2001:db8::9', destination: '2001:db8:100::12', transport: 'udp', sourcePort: 3478 },
    });
  });

  it('reads the packet, not the copy inside an ICMP error', () => {
    const line =
      'IN=eth0 OUT= SRC=198.51.100.1 DST=203.0.113.5 LEN=56 TOS=0x00 PREC=0x00 TTL=64 ID=1 PROTO=ICMP TYPE=3 CODE=3 [SRC=203.0.113.5 DST=198.51.100.1 LEN=28 TOS=0x00 PREC=0x00 TTL=64 ID=2 PROTO=UDP SPT=53 DPT=5353 LEN=8 ]';
    expect(parseLogLine(line)).toEqual({
      ok: false,
      error: { code: 'unsupported-protocol', field: 'transport', position: line.indexOf('ICMP'), value: 'ICMP' },
    });
  });

  it('says which field is missing or wrong, and where', () => {
    const fragment = 'IN=eth0 OUT= SRC=192.0.2.1 DST=192.0.2.2 LEN=1500 TOS=0x00 PREC=0x00 TTL=64 ID=7 MF FRAG:185 PROTO=UDP';
    expect(parseLogLine(fragment)).toEqual({
      ok: false,
      error: { code: 'missing-field', field: 'destinationPort', position: fragment.length },
    });
    const bad = 'IN=eth0 SRC=192.0.2.300 DST=192.0.2.2 PROTO=TCP SPT=1 DPT=2';
    expect(parseLogLine(bad)).toEqual({
      ok: false,
      error: { code: 'invalid-address', field: 'source', position: 12, value: '192.0.2.300' },
    });
    const port = 'IN=eth0 SRC=192.0.2.1 DST=192.0.2.2 PROTO=TCP SPT=1 DPT=70000';
    expect(parseLogLine(port)).toEqual({
      ok: false,
      error: { code: 'invalid-port', field: 'destinationPort', position: port.length - 5, value: '70000' },
    });
    expect(parseLogLine('SRC=192.0.2.1 DST=2001:db8::1 PROTO=TCP SPT=1 DPT=2')).toMatchObject({
      ok: false,
      error: { code: 'family-mismatch' },
    });
  });
});

describe('Cisco ASA syslog lines', () => {
  it('reads 106100 as in the configuration guide, with or without a space before the arrow', () => {
    expect(
      parseLogLine(
        '%ASA-7-106100: access-list outside-acl permitted tcp outside/1.1.1.1(12345) -> inside/192.168.1.1(1357) hit-cnt 1 (first hit)',
      ),
    ).toEqual({
      ok: true,
      format: 'asa',
      message: '106100',
      action: 'allow',
      flow: { source: '1.1.1.1', destination: '192.168.1.1', transport: 'tcp', sourcePort: 12345, destinationPort: 1357 },
    });
    expect(
      parseLogLine(
        'Sep 26 11:55:18 fw01 : %ASA-6-106100: access-list inside_in denied udp inside/10.1.114.83(48466)-> outside/198.51.100.12(3478) hit-cnt 3 300-second interval [0x1d5dc28a, 0x0]',
      ),
    ).toMatchObject({
      ok: true,
      action: 'deny',
      flow: { source: '10.1.114.83', destination: '198.51.100.12', transport: 'udp', destinationPort: 3478 },
    });
  });

  it('refuses the guide’s "denied ip" example: no ports to check', () => {
    const line =
      '%ASA-2-106100: access-list outside-acl denied ip outside/3.3.3.3(12345) -> inside/192.168.1.1(1357) hit-cnt 1 (first hit)';
    expect(parseLogLine(line)).toEqual({
      ok: false,
      error: { code: 'unsupported-protocol', field: 'transport', position: line.indexOf(' ip ') + 1, value: 'ip' },
    });
  });

  it('reads 106023 denies, IPv4 and IPv6, behind a syslog header', () => {
    expect(
      parseLogLine(
        '<164>Aug 28 2022 19:34:14: %ASA-4-106023: Deny tcp src outside:203.0.113.9/63659 dst dmz:198.51.100.10/5269 by access-group "outside_access_in" [0x0, 0x0]',
      ),
    ).toEqual({
      ok: true,
      format: 'asa',
      message: '106023',
      action: 'deny',
      flow: { source: '203.0.113.9', destination: '198.51.100.10', transport: 'tcp', sourcePort: 63659, destinationPort: 5269 },
    });
    expect(
      parseLogLine('%FTD-4-106023: Deny udp src outside:2001:db8::9/40000 dst dmz:2001:db8:100::12/3478 by access-group "x" [0x0, 0x0]'),
    ).toMatchObject({
      ok: true,
      flow: { source: '2001:db8::9', destination: '2001:db8:100::12', transport: 'udp', sourcePort: 40000, destinationPort: 3478 },
    });
    const icmp =
      '%ASA-4-106023: Deny icmp src outside:203.0.113.9 dst dmz:198.51.100.10 (type 8, code 0) by access-group "outside_access_in" [0x0, 0x0]';
    expect(parseLogLine(icmp)).toMatchObject({ ok: false, error: { code: 'unsupported-protocol', value: 'icmp', position: 20 } });
  });

  it('reads 106001 inbound TCP denies', () => {
    expect(
      parseLogLine(
        '%ASA-2-106001: Inbound TCP connection denied from 203.0.113.9/4417 to 198.51.100.10/5061 flags SYN on interface outside',
      ),
    ).toEqual({
      ok: true,
      format: 'asa',
      message: '106001',
      action: 'deny',
      flow: { source: '203.0.113.9', destination: '198.51.100.10', transport: 'tcp', sourcePort: 4417, destinationPort: 5061 },
    });
  });

  it('names other messages and points at broken fields', () => {
    const built = '%ASA-6-302013: Built inbound TCP connection 1 for outside:203.0.113.9/4417 (203.0.113.9/4417) to dmz:198.51.100.10/443';
    expect(parseLogLine(built)).toEqual({ ok: false, error: { code: 'unsupported-message', field: 'line', position: 0, value: '302013' } });
    const line = '%ASA-4-106023: Deny tcp src outside:203.0.113.999/1 dst dmz:198.51.100.10/5269 by access-group "a"';
    expect(parseLogLine(line)).toEqual({
      ok: false,
      error: { code: 'invalid-address', field: 'source', position: line.indexOf('203.'), value: '203.0.113.999' },
    });
    expect(parseLogLine('%ASA-4-106023: Deny tcp src outside dst dmz')).toMatchObject({ ok: false, error: { code: 'missing-field' } });
  });
});

describe('Windows Firewall pfirewall.log lines', () => {
  it('reads a documented line with the default fields', () => {
    expect(parseLogLine('2005-11-20 11:43:41 DROP TCP 192.168.0.7 192.168.0.6 1172 3389 48 S 1640769051 0 65535 - - - RECEIVE')).toEqual({
      ok: true,
      format: 'windows',
      action: 'deny',
      flow: { source: '192.168.0.7', destination: '192.168.0.6', transport: 'tcp', sourcePort: 1172, destinationPort: 3389 },
    });
  });

  it('uses a pasted #Fields header (Windows 10 adds pid; any order)', () => {
    const custom =
      '#Fields: date time action protocol dst-ip src-ip dst-port src-port\n2019-05-06 10:49:55 ALLOW UDP 198.51.100.12 192.0.2.10 3478 50001';
    expect(parseLogLine(custom)).toMatchObject({
      ok: true,
      action: 'allow',
      flow: { source: '192.0.2.10', destination: '198.51.100.12', sourcePort: 50001, destinationPort: 3478 },
    });
    const withPid = `${HEADER} pid\r\n2019-05-06 10:49:55 ALLOW TCP 192.0.2.10 203.0.113.73 52254 443 0 - 0 0 0 - - - SEND 4\r\n`;
    expect(parseLogLine(withPid)).toMatchObject({
      ok: true,
      flow: { source: '192.0.2.10', destination: '203.0.113.73', sourcePort: 52254, destinationPort: 443 },
    });
  });

  it('reports the documentation’s own impossible address with its position', () => {
    const text = `${HEADER}\n2005-04-11 08:05:57 DROP UDP 123.45.678.90 123.456.78.255 137 137 78 - - - - - - - RECEIVE`;
    expect(parseLogLine(text)).toEqual({
      ok: false,
      error: { code: 'invalid-address', field: 'source', position: text.indexOf('123.45.678.90'), value: '123.45.678.90' },
    });
  });

  it('refuses ICMP and lines without ports', () => {
    expect(parseLogLine('2005-04-11 08:06:27 DROP ICMP 192.0.2.7 192.0.2.6 - - 60 - - - - 8 0 - RECEIVE')).toMatchObject({
      ok: false,
      error: { code: 'unsupported-protocol', value: 'ICMP' },
    });
    expect(parseLogLine('2005-04-11 08:06:27 INFO-EVENTS-LOST - - - - - - - - - - - - 12 -')).toMatchObject({
      ok: false,
      error: { code: 'missing-field' },
    });
    expect(parseLogLine(HEADER)).toMatchObject({ ok: false, error: { code: 'missing-field', field: 'line' } });
  });
});

describe('any other input', () => {
  it('is empty, too long or unknown, never an exception', () => {
    expect(parseLogLine('   \n ')).toEqual({ ok: false, error: { code: 'empty', field: 'line' } });
    expect(parseLogLine('x'.repeat(9000))).toEqual({ ok: false, error: { code: 'too-long', field: 'line', position: 8192 } });
    expect(parseLogLine('hello firewall')).toEqual({ ok: false, error: { code: 'unknown-format', field: 'line', position: 0 } });
  });

  it('never throws and errors always carry a code (1000 random inputs, log-like and not)', () => {
    const fragment = fc.constantFrom(
      'SRC=',
      ' DST=',
      ' PROTO=TCP',
      ' SPT=',
      ' DPT=',
      '%ASA-4-106023: ',
      'Deny tcp src ',
      'outside:',
      '/',
      '(',
      ') -> ',
      '2005-04-11 08:05:57 DROP ',
      'UDP ',
      '-',
      ' ',
      '\n',
      '#Fields: ',
      '1',
      '192.0.2.1',
      '::',
      '%ASA-6-106100: access-list a permitted tcp ',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join('')),
        ),
        (text) => {
          const result = parseLogLine(text);
          if (!result.ok) expect(result.error.code).toMatch(/^[a-z-]+$/);
          else expect(result.flow.destinationPort).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  }, 30_000);
});
