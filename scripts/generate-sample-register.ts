// Writes the fictional sample register, content/data/sample-register.csv (about 300 traders).
// Usage: node scripts/generate-sample-register.ts [COUNT] [OUT.csv]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fakeRegisterRows, toCsv } from '../support/fake-register.ts';
import { SAMPLE_REGISTER } from '../support/sample-register.ts';

export const SAMPLE_SIZE = 300;

if (import.meta.main) {
  const count = Number(process.argv[2] ?? SAMPLE_SIZE);
  const out = process.argv[3] ?? SAMPLE_REGISTER;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, toCsv(fakeRegisterRows(count)));
  console.log(`Wrote ${count} fictional traders to ${out}`);
}
