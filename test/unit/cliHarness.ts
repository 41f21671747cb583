import { run } from '../../src/cli/main';

/** An in-memory stdout/stderr for `run(argv, io)`. */
export class Sink {
  chunks: string[] = [];
  write(s: string | Uint8Array, written?: () => void): boolean {
    this.chunks.push(typeof s === 'string' ? s : Buffer.from(s).toString('utf8'));
    written?.();
    return true;
  }
  get text(): string {
    return this.chunks.join('');
  }
}

/** Run the CLI in-process and capture its exit code and output. */
export async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new Sink();
  const err = new Sink();
  const code = await run(args, { out, err });
  return { code, out: out.text, err: err.text };
}
