/**
 * Runs the real parsers on generated rulesets: `nft -c -f` (nftables) and `iptables-restore --test`
 * / `ip6tables-restore --test`. Several rulesets go to one process (nft: one `include` per file;
 * iptables: one `*filter … COMMIT` block after another) and errors name the file or line.
 *
 * Both tools talk to the kernel over netlink even when only checking (nft builds its cache;
 * iptables-nft reads the current ruleset), which needs CAP_NET_ADMIN. As root they run directly;
 * otherwise in a new user and network namespace (`unshare -rn`), where the process holds
 * CAP_NET_ADMIN over an empty, private ruleset. Nothing is ever committed (`-c`, `--test`).
 * A missing tool fails the test with what to install; it is never skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Under mutation testing (Stryker sets STRYKER_MUTATOR_WORKER in its workers) the blocks that run the
 * real tools are skipped: each takes seconds per mutant, and the generated text they check is pinned
 * by the other config tests, which kill the same mutants (README, "Tests"). MUTATION_WITH_NETFILTER=1
 * keeps them, to measure that.
 */
export const underMutationTesting = process.env.STRYKER_MUTATOR_WORKER !== undefined && process.env.MUTATION_WITH_NETFILTER !== '1';

export interface CheckResult {
  ok: boolean;
  output: string;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The tools live in /usr/sbin, which is not on a normal user's PATH on Debian. */
const locate = (command: string): string =>
  ['/usr/sbin', '/sbin'].map((dir) => join(dir, command)).find((path) => existsSync(path)) ?? command;

function run(command: string, args: string[], input?: string): CheckResult {
  const argv = isRoot ? [locate(command), ...args] : ['unshare', '-rn', locate(command), ...args];
  const result = spawnSync(argv[0] ?? command, argv.slice(1), { input, encoding: 'utf8', timeout: 60_000 });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? `${argv[0]} is not installed: install Debian's nftables and iptables packages (apt-get install -y nftables iptables); npm test does it as root.`
        : String(result.error),
    );
  }
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

/** `nft -c` over several rulesets at once; each is written to its own file, named in errors. */
export function checkNft(files: readonly { name: string; text: string }[]): CheckResult {
  const dir = mkdtempSync(join(tmpdir(), 'lync-nft-'));
  try {
    const includes = files.map((file, i) => {
      const path = join(dir, `${String(i).padStart(3, '0')}-${file.name.replace(/[^a-z0-9.-]+/gi, '_')}.nft`);
      writeFileSync(path, file.text);
      return `include "${path}"`;
    });
    const main = join(dir, 'all.nft');
    writeFileSync(main, `${includes.join('\n')}\n`);
    return run('nft', ['-c', '-f', main]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `iptables-restore --test` (or ip6tables-restore) over several rulesets; the error's line names the file. */
export function checkIptables(family: 4 | 6, files: readonly { name: string; text: string }[]): CheckResult {
  let line = 0;
  const starts: { name: string; line: number }[] = [];
  for (const file of files) {
    starts.push({ name: file.name, line: line + 1 });
    line += file.text.split('\n').length - (file.text.endsWith('\n') ? 1 : 0);
  }
  const input = files.map((f) => (f.text.endsWith('\n') ? f.text : `${f.text}\n`)).join('');
  const result = run(family === 4 ? 'iptables-restore' : 'ip6tables-restore', ['--test'], input);
  const at = /line:? (\d+)/.exec(result.output);
  if (result.ok || !at) return result;
  const failing = Number(at[1]);
  const file = [...starts].reverse().find((s) => s.line <= failing);
  const lines = input.split('\n');
  return { ok: false, output: `${result.output}\nin ${file?.name} at: ${lines[failing - 1]}` };
}

/** The versions, for the report of what validated the output. */
export const toolVersions = (): string => [run('nft', ['--version']).output, run('iptables-restore', ['--version']).output].join('; ');
