// Reads the Easy Read markdown files with their frontmatter, for scripts and tests that run outside Astro.
import { readContentFiles, type ContentFile } from './content-files.ts';
import { easyReadSchema, type EasyReadFrontmatter } from '../src/lib/easy-read/schema.ts';

const EASY_READ_DIR = new URL('../content/easy-read/', import.meta.url).pathname;

export type EasyReadFile = ContentFile<EasyReadFrontmatter>;

export function readEasyReadFiles(dir = EASY_READ_DIR): EasyReadFile[] {
  return readContentFiles(dir, easyReadSchema, 'content/easy-read/');
}
