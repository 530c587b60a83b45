// Reads the advice markdown files with their frontmatter, for scripts and tests that run outside Astro.
import { readContentFiles, type ContentFile } from './content-files.ts';
import { adviceSchema, type AdviceFrontmatter } from '../src/lib/advice/schema.ts';

const ADVICE_DIR = new URL('../content/advice/', import.meta.url).pathname;

export type AdviceFile = ContentFile<AdviceFrontmatter>;

export function readAdviceFiles(dir = ADVICE_DIR): AdviceFile[] {
  return readContentFiles(dir, adviceSchema, '');
}
