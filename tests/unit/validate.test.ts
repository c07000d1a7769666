import { describe, expect, it } from 'vitest';
import { checkReferences, parseDatasetText, validateDataset } from '../../src/shared/domain/validate';
import { cloneDataset } from './helpers';

function problemsOf(mutate: (d: ReturnType<typeof cloneDataset>) => void) {
  const dataset = cloneDataset();
  mutate(dataset);
  const result = validateDataset(dataset);
  return result.ok ? [] : result.problems;
}

describe('validateDataset', () => {
  it('accepts the shipped dataset', () => {
    expect(validateDataset(cloneDataset()).ok).toBe(true);
  });

  it('rejects port 0 and 70000 with the path of the field', () => {
    expect(
      problemsOf((d) => {
        d.rules[0]!.ports[0]!.from = 0;
      }),
    ).toEqual([expect.objectContaining({ path: 'rules[0].ports[0].from', code: 'schema', received: '0' })]);
    expect(
      problemsOf((d) => {
        d.rules[2]!.ports[0]!.to = 70000;
      }),
    ).toEqual([expect.objectContaining({ path: 'rules[2].ports[0].to', code: 'schema', received: '70000' })]);
  });

  it('rejects a range whose start is above its end', () => {
    expect(
      problemsOf((d) => {
        d.rules[4]!.ports[0] = { from: 59999, to: 50000 };
      }),
    ).toEqual([{ path: 'rules[4].ports[0]', code: 'port-order' }]);
  });

  it('rejects a port written as text', () => {
    const problems = problemsOf((d) => {
      (d.rules[1]!.ports[0] as unknown as { from: unknown }).from = '5061';
    });
    expect(problems[0]).toMatchObject({ path: 'rules[1].ports[0].from', code: 'schema', expected: 'number', received: '"5061"' });
  });

  it('reports a missing field, an unknown field and a bad enum value', () => {
    const problems = problemsOf((d) => {
      delete (d.rules[0] as Partial<(typeof d.rules)[0]>).notes;
      (d.rules[1] as unknown as Record<string, unknown>).colour = 'red';
      (d.rules[2] as unknown as Record<string, unknown>).transport = 'sctp';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'rules[0].notes', code: 'schema' }),
        expect.objectContaining({ path: 'rules[1].colour', code: 'unknown-key' }),
        expect.objectContaining({ path: 'rules[2].transport', code: 'schema', received: '"sctp"' }),
      ]),
    );
  });

  it('requires a summary on every rule, accepts the optional source heading, licence link and adaptation, and checks the link', () => {
    expect(
      problemsOf((d) => {
        delete (d.rules[5] as Partial<(typeof d.rules)[0]>).summary;
        d.sources[0]!.licenseUrl = 'http://creativecommons.org/licenses/by/4.0/';
      }),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'rules[5].summary', code: 'schema' }),
        expect.objectContaining({ path: 'sources[0].licenseUrl', code: 'schema' }),
      ]),
    );
    expect(
      problemsOf((d) => {
        delete d.adaptation;
        delete d.sources[0]!.heading;
        delete d.sources[0]!.licenseUrl;
      }),
    ).toEqual([]);
  });

  it('reports ids that are not link-safe', () => {
    expect(
      problemsOf((d) => {
        d.rules[0]!.id = 'Bad Id';
      }),
    ).toEqual([expect.objectContaining({ path: 'rules[0].id', code: 'id-format' })]);
  });

  it('reports references that do not resolve', () => {
    const problems = problemsOf((d) => {
      d.rules[0]!.source = 'nowhere';
      d.rules[1]!.scenarios = ['public-im', 'carrier-pigeon'];
      d.rules[2]!.role = 'mystery';
      d.rules[3]!.protocol = 'gopher';
      d.rules[4]!.provenance[0]!.source = 'unknown-doc';
    });
    expect(problems).toEqual([
      { path: 'rules[0].source', code: 'unknown-reference', expected: 'endpoints', received: 'nowhere' },
      { path: 'rules[1].scenarios[1]', code: 'unknown-reference', expected: 'scenarios', received: 'carrier-pigeon' },
      { path: 'rules[2].role', code: 'unknown-reference', expected: 'roles', received: 'mystery' },
      { path: 'rules[3].protocol', code: 'unknown-reference', expected: 'protocols', received: 'gopher' },
      { path: 'rules[4].provenance[0].source', code: 'unknown-reference', expected: 'sources', received: 'unknown-doc' },
    ]);
  });

  it('reports sourceCanBe, destinationCanBe and topology references that do not resolve', () => {
    const problems = problemsOf((d) => {
      d.rules[0]!.sourceCanBe = ['front-end', 'ghost-server'];
      d.rules[1]!.destinationCanBe = ['nobody'];
      d.rules[2]!.topologies = ['single-public', 'mars-base'];
    });
    expect(problems).toEqual([
      { path: 'rules[0].sourceCanBe[1]', code: 'unknown-reference', expected: 'endpoints', received: 'ghost-server' },
      { path: 'rules[1].destinationCanBe[0]', code: 'unknown-reference', expected: 'endpoints', received: 'nobody' },
      { path: 'rules[2].topologies[1]', code: 'unknown-reference', expected: 'topologies', received: 'mars-base' },
    ]);
    expect(
      problemsOf((d) => {
        d.rules[0]!.sourceCanBe = ['front-end'];
        d.rules[0]!.destinationCanBe = ['edge-internal'];
      }),
    ).toEqual([]);
  });

  it('reports duplicate ids in every list, and the destination of a rule to an unknown endpoint', () => {
    const problems = problemsOf((d) => {
      d.endpoints[1]!.id = d.endpoints[0]!.id;
      d.scenarios[1]!.id = d.scenarios[0]!.id;
      d.rules[3]!.destination = 'void';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'endpoints[1].id', code: 'duplicate-id', received: cloneDataset().endpoints[0]!.id },
        { path: 'scenarios[1].id', code: 'duplicate-id', received: cloneDataset().scenarios[0]!.id },
        { path: 'rules[3].destination', code: 'unknown-reference', expected: 'endpoints', received: 'void' },
      ]),
    );
  });

  it('reads a broken dataset loosely: references are still checked next to schema problems', () => {
    const result = validateDataset({
      rules: [{ id: 'r', source: 'a', destination: 'a', scenarios: 'x', provenance: [null, { source: 's' }] }, 7],
    });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'rules[0].source', code: 'unknown-reference', expected: 'endpoints', received: 'a' },
        { path: 'rules[0].destination', code: 'same-endpoint', received: 'a' },
        { path: 'rules[0].provenance[1].source', code: 'unknown-reference', expected: 'sources', received: 's' },
        expect.objectContaining({ path: 'schemaVersion', code: 'schema' }),
      ]),
    );
    expect(problems.length).toBeLessThanOrEqual(50);
  });

  it('lists at most 50 problems', () => {
    const problems = problemsOf((d) => {
      for (const rule of d.rules) rule.role = 'nobody';
    });
    expect(problems).toHaveLength(50);
    expect(problems[49]).toEqual({ path: 'rules[49].role', code: 'unknown-reference', expected: 'roles', received: 'nobody' });
  });

  it('writes paths with dots for keys and brackets for indexes', () => {
    expect(
      problemsOf((d) => {
        (d.rules[0]!.requirement as unknown as Record<string, unknown>).level = 'maybe';
        (d.title as unknown as Record<string, unknown>).en = '';
      }),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'rules[0].requirement.level', code: 'schema' }),
        expect.objectContaining({ path: 'title.en', code: 'too-few' }),
      ]),
    );
  });

  it('reports duplicate ids and a rule from an endpoint to itself', () => {
    const problems = problemsOf((d) => {
      d.rules[1]!.id = d.rules[0]!.id;
      d.rules[2]!.destination = d.rules[2]!.source;
    });
    expect(problems).toEqual([
      { path: 'rules[1].id', code: 'duplicate-id', received: d0Id() },
      { path: 'rules[2].destination', code: 'same-endpoint', received: 'access-edge-external' },
    ]);
  });

  it('reports a wrong schema version and a non-object', () => {
    expect(
      problemsOf((d) => {
        (d as unknown as { schemaVersion: number }).schemaVersion = 2;
      })[0],
    ).toMatchObject({ path: 'schemaVersion' });
    const result = validateDataset([1, 2, 3]);
    expect(result.ok ? [] : result.problems).toEqual([{ path: '(root)', code: 'schema', expected: 'Object', received: 'Array' }]);
    for (const [input, received] of [
      [null, 'null'],
      ['text', 'string'],
      [3, 'number'],
    ] as const) {
      const r = validateDataset(input);
      expect(r.ok ? [] : r.problems).toEqual([{ path: '(root)', code: 'schema', expected: 'Object', received }]);
    }
  });
});

describe('parseDatasetText', () => {
  it('reports invalid JSON instead of throwing', () => {
    const result = parseDatasetText('{ "rules": [ ');
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.problems[0]?.code).toBe('json');
    expect(result.ok ? undefined : result.problems[0]?.path).toBe('(root)');
    expect(result.ok ? undefined : result.problems[0]?.received).toMatch(/JSON|Unexpected|position/i);
  });

  it('validates the text of a valid dataset', () => {
    const result = parseDatasetText(JSON.stringify(cloneDataset()));
    expect(result.ok && result.dataset.rules.length).toBe(87);
  });
});

function d0Id() {
  return cloneDataset().rules[0]!.id;
}

describe('loose reference checks', () => {
  const codesAt = (input: unknown) => {
    const result = validateDataset(input);
    return result.ok ? [] : result.problems.filter((p) => p.code !== 'schema' && p.code !== 'unknown-key');
  };
  it('reports nothing for missing or non-text ids and references, and no list that is not a list', () => {
    expect(codesAt({ rules: [{}, {}], endpoints: [{ id: 5 }, { id: 5 }] })).toEqual([]);
    expect(
      codesAt({ rules: [{ id: 'r', role: 5, source: 5, destination: 5, scenarios: 'x', topologies: 'y', sourceCanBe: 'z' }] }),
    ).toEqual([]);
  });
  it('reads a hole in a list as an empty item, keeping the later items at their index', () => {
    const rules: unknown[] = [];
    rules[1] = { id: 'r', role: 'nobody' };
    expect(checkReferences({ rules })).toEqual([
      { path: 'rules[1].role', code: 'unknown-reference', expected: 'roles', received: 'nobody' },
    ]);
  });
  it('reports one schema problem per field, the first check that fails', () => {
    const d = cloneDataset();
    (d.rules[0]!.ports[0] as { from: number }).from = 0.5;
    const result = validateDataset(d);
    expect(result.ok ? [] : result.problems).toEqual([{ path: 'rules[0].ports[0].from', code: 'integer', received: '0.5' }]);
  });
});
