// `npm run eval`: runs every evaluator under test/eval/<area>/eval.ts (or only the areas named as arguments)
// and prints its scores. Evaluators that need ../shared/devset skip that part cleanly when it is absent.
import { readdirSync, existsSync } from 'node:fs';
import * as path from 'node:path';

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const areas = readdirSync(__dirname, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(__dirname, d.name, 'eval.ts')))
    .map((d) => d.name)
    .filter((a) => !wanted.length || wanted.includes(a))
    .sort();
  let failed = false;
  for (const area of areas) {
    console.log(`\n=== ${area} ===`);
    const mod = (await import(path.join(__dirname, area, 'eval.ts'))) as { evaluate(): Promise<boolean | void> };
    const ok = await mod.evaluate();
    if (ok === false) failed = true;
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
