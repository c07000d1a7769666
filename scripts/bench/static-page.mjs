// The baseline for "first row painted": a plain HTML page holding the same rows as a table, no script.
const ZONE = { internet: 0, perimeter: 1, internal: 2 };
const escapeHtml = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const ports = (ranges) => ranges.map((r) => (r.from === r.to ? r.from : `${r.from}-${r.to}`)).join(', ');

export function staticTablePage(dataset) {
  const endpoint = new Map(dataset.endpoints.map((e) => [e.id, e]));
  const name = (list, id) => list.find((x) => x.id === id)?.name.en ?? id;
  const rows = dataset.rules.map((rule) => {
    const from = endpoint.get(rule.source);
    const to = endpoint.get(rule.destination);
    const delta = ZONE[to.zone] - ZONE[from.zone];
    const direction = delta > 0 ? 'Inbound' : delta < 0 ? 'Outbound' : 'Internal only';
    const firewall = [from.zone, to.zone].includes('internet') && from.zone !== to.zone ? 'External' : delta !== 0 ? 'Internal' : '';
    const cells = [
      rule.scenarios.map((s) => name(dataset.scenarios, s)).join(', '),
      name(dataset.roles, rule.role),
      rule.protocol.toUpperCase() + (rule.security ? ` (${rule.security})` : ''),
      rule.transport.toUpperCase(),
      ports(rule.ports),
      from.name.en,
      to.name.en,
      direction,
      firewall,
      rule.notes.en,
    ];
    return `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
  });
  const head = ['Scenario', 'Role', 'Protocol', 'Transport', 'Port(s)', 'Source', 'Destination', 'Direction', 'Firewall', 'Notes'];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Static table</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}table{border-collapse:collapse;font-size:.9rem}td,th{border-bottom:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}</style></head>
<body><h1>Lync Server 2013 Edge port matrix</h1><table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table></body></html>`;
}
