import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF printed by headless Chromium, with no PDF library: Chromium (Skia) writes plain
 * objects, Flate-compressed streams and Identity-H fonts, each with a ToUnicode CMap. So: inflate the
 * streams, read each font's CMap, and decode the glyph ids shown by Tj/TJ with the font selected by Tf.
 * Good enough to check that words reached the paper; not a general PDF parser.
 */

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*<<([\s\S]*?)>>\s*(stream\r?\n|endobj)/g;
  for (const m of text.matchAll(header)) {
    const [whole, id, dict = '', kind = ''] = m;
    const object: PdfObject = { dict };
    if (kind.startsWith('stream')) {
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
      const start = m.index + whole.length;
      const raw = pdf.subarray(start, start + length);
      object.stream = dict.includes('/FlateDecode') ? inflateSync(raw) : raw;
    }
    objects.set(Number(id), object);
  }
  return objects;
}

function utf16(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/** A ToUnicode CMap: glyph id → text. */
function readCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src = '', dst = ''] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(parseInt(src, 16), utf16(dst));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g);
    for (const [, lo = '', hi = '', dst = ''] of ranges) {
      const [from, to] = [parseInt(lo, 16), parseInt(hi, 16)];
      const list = [...dst.matchAll(/<([0-9A-Fa-f]+)>/g)].map((d) => d[1] ?? '');
      for (let g = from; g <= to; g++) {
        if (dst.startsWith('[')) map.set(g, utf16(list[g - from] ?? ''));
        else {
          const base = list[0] ?? '';
          const last = parseInt(base.slice(-4), 16) + (g - from);
          map.set(g, utf16(base.slice(0, -4)) + String.fromCharCode(last));
        }
      }
    }
  }
  return map;
}

function decodeGlyphs(hex: string, cmap: Map<number, string> | undefined): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += cmap?.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
  return out;
}

/** Every page's text, in drawing order, one string per page. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1] ?? -1);
  const pages: string[] = [];
  for (const page of objects.values()) {
    if (!/\/Type \/Page\b(?!s)/.test(page.dict)) continue;
    const fonts = new Map<string, Map<number, string>>();
    const fontBlock = /\/Font <<([^>]*)>>/.exec(page.dict)?.[1] ?? '';
    for (const [, name = '', id = ''] of fontBlock.matchAll(/\/([\w.+-]+) (\d+) 0 R/g)) {
      const font = objects.get(Number(id));
      const cmap = font && objects.get(ref(font.dict, 'ToUnicode'))?.stream;
      if (cmap) fonts.set(name, readCMap(cmap.toString('latin1')));
    }
    const contentIds = /\/Contents \[([^\]]*)\]/.exec(page.dict)?.[1] ?? `${ref(page.dict, 'Contents')} 0 R`;
    let text = '';
    for (const [, id = ''] of contentIds.matchAll(/(\d+) 0 R/g)) {
      const content = objects.get(Number(id))?.stream?.toString('latin1') ?? '';
      let current: Map<number, string> | undefined;
      // Spaces are glyphs of their own; a text matrix (Tm) on a new baseline starts a new line. A font
      // change on the same line (bold label, then the answer) runs on without a space.
      let line = '';
      const ops =
        /\/([\w.+-]+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|(?:-?[\d.]+\s+){5}(-?[\d.]+)\s+Tm/g;
      for (const [, font, array, single, y] of content.matchAll(ops)) {
        if (font !== undefined) current = fonts.get(font);
        else if (single !== undefined) text += decodeGlyphs(single, current);
        else if (array !== undefined) {
          for (const [, hex = ''] of array.matchAll(/<([0-9A-Fa-f]*)>/g)) text += decodeGlyphs(hex, current);
        } else if (y !== undefined && y !== line) {
          text += ' ';
          line = y;
        }
      }
    }
    pages.push(text.normalize('NFKC').replace(/\s+/g, ' ').trim());
  }
  return pages;
}
