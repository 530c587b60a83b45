// Reads the alert markdown files with their frontmatter, for scripts and tests that run outside Astro.
import { readContentFiles, type ContentFile } from './content-files.ts';
import { alertSchema, type AlertFrontmatter } from '../src/lib/alerts/schema.ts';

const ALERTS_DIR = new URL('../content/alerts/', import.meta.url).pathname;

export type AlertFile = ContentFile<AlertFrontmatter>;

export function readAlertFiles(dir = ALERTS_DIR): AlertFile[] {
  return readContentFiles(dir, alertSchema, 'content/alerts/');
}
