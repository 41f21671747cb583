// npx tsx bench/corpus/cli.ts <dir> <count>: write a generated corpus (see generate.ts).
import { writeCorpus } from './generate';

const [dir, count] = process.argv.slice(2);
if (!dir || !count || !(Number(count) > 0)) {
  console.error('usage: tsx bench/corpus/cli.ts <dir> <count>');
  process.exit(2);
}
const r = writeCorpus(dir, Number(count));
console.log(`${r.files} documents, ${(r.bytes / 1e6).toFixed(1)} MB in ${r.dir}`);
