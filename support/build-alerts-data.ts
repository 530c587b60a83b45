// Writes src/generated/alerts.json: every alert in content/alerts/, its frontmatter with plain dates and its
// body rendered by the site's own markdown pipeline. The Worker imports it to decide, for the day it is
// asked, what is current (/, /alerts/, each alert, the feeds). Run before type checks and the build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { MARKDOWN_PLUGINS } from '../src/markdown/pipeline.ts';
import { toAlertRecord, type AlertsData } from '../src/lib/alerts/record.ts';
import { readAlertFiles } from './alert-files.ts';

export const ALERTS_DATA_FILE = new URL('../src/generated/alerts.json', import.meta.url).pathname;

export async function buildAlertsData(): Promise<AlertsData> {
  const markdown = await createMarkdownProcessor({ ...MARKDOWN_PLUGINS, syntaxHighlight: false });
  const alerts = [];
  for (const file of readAlertFiles()) {
    const { code } = await markdown.render(file.body);
    alerts.push(toAlertRecord(file.slug, file.frontmatter, code));
  }
  return { alerts };
}

if (import.meta.main) {
  const data = await buildAlertsData();
  mkdirSync(dirname(ALERTS_DATA_FILE), { recursive: true });
  writeFileSync(ALERTS_DATA_FILE, `${JSON.stringify(data)}\n`);
  console.log(`alerts: ${data.alerts.length} → src/generated/alerts.json`);
}
