import type { Page } from '@playwright/test';

/** Prints the page to an A4 PDF as headless Chromium does for "Save as PDF", and counts its pages. */
export async function printedPageCount(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  // Chromium writes each page as an object of /Type /Page (the tree root is /Type /Pages).
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}
