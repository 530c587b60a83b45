import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { PICTOGRAMS, pictogramSvg, type Pictogram, type PictogramId } from '../../src/lib/easy-read/pictograms.ts';

// The Easy Read pictures: drawn for this project, each an image with alt text, and nothing a strict CSP
// would refuse (no style attribute, no script, no reference to another file).
describe('the Easy Read pictograms', () => {
  const ids = Object.keys(PICTOGRAMS) as PictogramId[];

  it('are the set the pages need, each with alt text that says what it shows', () => {
    expect(ids.length).toBeGreaterThanOrEqual(20);
    for (const [id, picture] of Object.entries(PICTOGRAMS) as [string, Pictogram][]) {
      expect(picture.alt, id).toMatch(/^[A-Z][a-z ,]+/);
      expect(picture.alt.length, id).toBeGreaterThan(5);
    }
  });

  it('are each one accessible <svg> image, with no style, script or outside reference', () => {
    for (const id of ids) {
      const svg = pictogramSvg(id);
      const tree = fromHtml(svg, { fragment: true });
      expect(tree.children, id).toHaveLength(1);
      expect(svg, id).toMatch(/^<svg [^>]*role="img" aria-label="[^"]+"/);
      expect(svg, id).toContain(`<title>${PICTOGRAMS[id].alt}</title>`);
      expect(svg, id).not.toMatch(/style=|<script|href=|url\(|<text|on\w+=/);
    }
  });
});
