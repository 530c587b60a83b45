/**
 * The pictures for Easy Read pages (content/easy-read/), one a paragraph as `{{picture:ID}}`. Drawn for
 * this site, in the spirit of the Department of Health and Mencap Easy Read guidance: one clear object a
 * picture, bold black outlines on white, no words and no fine detail, and at most one colour, which means
 * the same thing everywhere (red: stop or danger; green: yes or safe; yellow: look here; blue: plain).
 * Every picture is plain SVG geometry on a 64 by 64 grid with no style attributes, ids or scripts, so it
 * can be written into the page as it is under the site's strict Content-Security-Policy.
 */

const INK = '#0b0c0c';
const PAPER = '#ffffff';
const RED = '#a0181a';
const GREEN = '#00703c';
const YELLOW = '#ffdd00';
const BLUE = '#1a4480';

/** Draws shapes in the house style: white fill, black 3.5 outline, round ends and corners. */
function drawn(...shapes: string[]): string {
  return (
    `<g fill="${PAPER}" stroke="${INK}" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round">` +
    shapes.join('') +
    '</g>'
  );
}

export interface Pictogram {
  /** What the picture shows, for the alt text: a short plain-English phrase, e.g. "A closed front door". */
  alt: string;
  /** The SVG's inner markup (no outer <svg> element), drawn on a 0 0 64 64 viewBox. */
  body: string;
}

export const PICTOGRAMS = {
  door: {
    alt: 'A closed front door',
    body: drawn(
      '<line x1="6" y1="60" x2="58" y2="60"/>',
      '<rect x="16" y="5" width="32" height="55" rx="2"/>',
      '<rect x="22" y="12" width="20" height="16" rx="1"/>',
      `<circle cx="41" cy="38" r="3" fill="${INK}"/>`,
    ),
  },
  'door-chain': {
    alt: 'A door open a little, held by a chain',
    body: drawn(
      '<line x1="4" y1="60" x2="60" y2="60"/>',
      `<rect x="6" y="5" width="44" height="55" fill="${INK}"/>`,
      '<polygon points="6,5 27,10 27,55 6,60"/>',
      `<circle cx="22" cy="36" r="2.5" fill="${INK}"/>`,
      '<rect x="47" y="20" width="10" height="12" rx="1.5"/>',
      `<g stroke="${YELLOW}" stroke-width="3" fill="none">` +
        '<ellipse cx="31" cy="26" rx="4.5" ry="3"/><line x1="36" y1="26" x2="40" y2="26"/>' +
        '<ellipse cx="44" cy="26" rx="4.5" ry="3"/></g>',
    ),
  },
  knock: {
    alt: 'A hand knocking on a door',
    body: drawn(
      '<line x1="2" y1="60" x2="44" y2="60"/>',
      '<rect x="4" y="5" width="34" height="55" rx="2"/>',
      `<circle cx="31" cy="53" r="2.5" fill="${INK}"/>`,
      '<path d="M19 20l-6-4M18 33h-8M19 46l-6 4"/>',
      '<path d="M62 26H52l-6-6H29a3.25 3.25 0 0 0 0 6.5a3.25 3.25 0 0 0 0 6.5a3.25 3.25 0 0 0 0 6.5a3.25 3.25 0 0 0 0 6.5H46l6-5h10"/>',
      '<path d="M29 26.5h4M29 33h4M29 39.5h4M33 26.5h10a3.25 3.25 0 0 0 0-6.5"/>',
    ),
  },
  stranger: {
    alt: 'A person you do not know',
    body: drawn(
      '<circle cx="24" cy="20" r="10"/>',
      '<path d="M6 60v-6c0-10 8-16 18-16s18 6 18 16v6z"/>',
      `<g stroke="${BLUE}" stroke-width="4" fill="none"><path d="M44 14a7.5 7.5 0 1 1 10 7c-2.5 1-3.5 3-3.5 6v2"/></g>`,
      `<circle cx="50.5" cy="38" r="3" fill="${BLUE}" stroke="${BLUE}"/>`,
    ),
  },
  phone: {
    alt: 'A mobile phone',
    body: drawn(
      '<rect x="17" y="3" width="30" height="58" rx="5"/>',
      '<rect x="22" y="10" width="20" height="36" rx="1"/>',
      `<circle cx="32" cy="53" r="2.5" fill="${INK}"/>`,
    ),
  },
  bank: {
    alt: 'A bank building',
    body: drawn(
      '<polygon points="6,22 32,6 58,22"/>',
      '<rect x="8" y="22" width="48" height="6"/>',
      '<rect x="11" y="28" width="7" height="22"/>',
      '<rect x="22.5" y="28" width="7" height="22"/>',
      '<rect x="34.5" y="28" width="7" height="22"/>',
      '<rect x="46" y="28" width="7" height="22"/>',
      '<rect x="5" y="50" width="54" height="8"/>',
    ),
  },
  'bank-card': {
    alt: 'A bank card',
    body: drawn(
      '<rect x="4" y="13" width="56" height="38" rx="5"/>',
      `<rect x="11" y="22" width="13" height="10" rx="2" fill="${YELLOW}"/>`,
      '<path d="M11 42h22M40 42h13"/>',
    ),
  },
  police: {
    alt: 'A police officer',
    body: drawn(
      `<path d="M8 61v-5c0-9 10-15 24-15s24 6 24 15v5z" fill="${BLUE}"/>`,
      '<circle cx="32" cy="30" r="9"/>',
      `<path d="M21 22c0-12 5-18 11-18s11 6 11 18z" fill="${BLUE}"/>`,
      '<line x1="17" y1="22" x2="47" y2="22"/>',
      '<circle cx="32" cy="14" r="3"/>',
    ),
  },
  money: {
    alt: 'Bank notes and coins',
    body: drawn(
      '<rect x="10" y="6" width="44" height="26" rx="2"/>',
      '<rect x="4" y="14" width="44" height="26" rx="2"/>',
      '<circle cx="26" cy="27" r="6"/>',
      `<circle cx="36" cy="48" r="11" fill="${YELLOW}"/>`,
      `<circle cx="50" cy="46" r="11" fill="${YELLOW}"/>`,
      '<circle cx="50" cy="46" r="5"/>',
    ),
  },
  calendar: {
    alt: 'A calendar',
    body: drawn(
      '<rect x="7" y="10" width="50" height="49" rx="3"/>',
      `<path d="M7 24V13a3 3 0 0 1 3-3h44a3 3 0 0 1 3 3v11z" fill="${RED}"/>`,
      '<line x1="20" y1="5" x2="20" y2="15"/>',
      '<line x1="44" y1="5" x2="44" y2="15"/>',
      `<g fill="${INK}" stroke="none"><rect x="14" y="31" width="8" height="8" rx="1"/>` +
        '<rect x="28" y="31" width="8" height="8" rx="1"/><rect x="42" y="31" width="8" height="8" rx="1"/>' +
        '<rect x="14" y="44" width="8" height="8" rx="1"/><rect x="28" y="44" width="8" height="8" rx="1"/>' +
        '<rect x="42" y="44" width="8" height="8" rx="1"/></g>',
    ),
  },
  letter: {
    alt: 'A letter in an envelope',
    body: drawn('<rect x="5" y="13" width="54" height="38" rx="2"/>', '<polyline points="6,15 32,35 58,15"/>'),
  },
  pen: {
    alt: 'A pen signing a name',
    body: drawn(
      '<path d="M6 54c3-8 6-8 7-2s4 4 6-1 4-4 5 0"/>',
      '<line x1="6" y1="60" x2="58" y2="60"/>',
      `<g transform="rotate(40 38 28)"><rect x="33" y="2" width="10" height="36" rx="2" fill="${BLUE}"/>` +
        '<polygon points="33,38 43,38 38,50"/></g>',
    ),
  },
  friend: {
    alt: 'Two people side by side',
    body: drawn(
      '<circle cx="19" cy="18" r="8"/>',
      '<circle cx="45" cy="18" r="8"/>',
      '<path d="M4 60v-14c0-8 6-14 15-14s15 6 15 14v14z"/>',
      '<path d="M30 60v-14c0-8 6-14 15-14s15 6 15 14v14z"/>',
    ),
  },
  stop: {
    alt: 'A hand held up to say stop',
    body: drawn(
      `<circle cx="32" cy="32" r="28" fill="${RED}"/>`,
      '<path d="M27 53l-5-9-6-8a3 3 0 0 1 5-3.5l3 3.5V18a3.5 3.5 0 0 1 7 0v12V14a3.5 3.5 0 0 1 7 0v16V16a3.5 3.5 0 0 1 7 0v14V20a3.5 3.5 0 0 1 7 0v22c0 6-3 11-8 11z"/>',
    ),
  },
  computer: {
    alt: 'A laptop computer',
    body: drawn(
      '<rect x="10" y="10" width="44" height="32" rx="2"/>',
      `<rect x="15" y="15" width="34" height="22" fill="${BLUE}"/>`,
      '<path d="M4 48h56l-4 7H8z"/>',
    ),
  },
  tick: {
    alt: 'A green tick, meaning yes',
    body: drawn(`<polygon points="5,34 13,26 25,38 51,10 59,18 25,54" fill="${GREEN}"/>`),
  },
  cross: {
    alt: 'A red cross, meaning no',
    body: drawn(
      `<polygon points="14,6 32,24 50,6 58,14 40,32 58,50 50,58 32,40 14,58 6,50 24,32 6,14" fill="${RED}"/>`,
    ),
  },
  contract: {
    alt: 'A paper to sign',
    body: drawn(
      '<path d="M12 4h27l13 13v43H12z"/>',
      '<path d="M39 4v13h13"/>',
      '<path d="M19 24h20M19 32h26M19 40h26M19 54h26"/>',
      `<path d="M20 49c3-6 5-6 6-1s3 3 5-1 4-3 5 1" stroke="${BLUE}"/>`,
    ),
  },
  house: {
    alt: 'A house',
    body: drawn(
      '<rect x="41" y="8" width="7" height="14"/>',
      '<rect x="12" y="28" width="40" height="31"/>',
      '<polyline points="5,33 32,8 59,33"/>',
      '<rect x="34" y="40" width="11" height="19"/>',
      '<rect x="18" y="37" width="10" height="10"/>',
    ),
  },
  help: {
    alt: 'A hand holding a heart',
    body: drawn(
      `<path d="M32 38C16 28 13 15 22 12c4-1 8 1 10 6 2-5 6-7 10-6 9 3 6 16-10 26z" fill="${RED}"/>`,
      '<path d="M2 40h12l6-8a3 3 0 0 1 5 3l-3 7h34a4 4 0 0 1 0 8h-6a4 4 0 0 1 0 8H30l-8 2H2"/>',
      '<path d="M34 50h14"/>',
    ),
  },
  time: {
    alt: 'A clock',
    body: drawn(
      '<circle cx="32" cy="32" r="27"/>',
      '<path d="M32 9v5M55 32h-5M32 55v-5M9 32h5"/>',
      '<path d="M32 32V18M32 32l10 7"/>',
      `<circle cx="32" cy="32" r="2" fill="${INK}"/>`,
    ),
  },
  talk: {
    alt: 'A speech bubble',
    body: drawn(
      '<path d="M12 8h40a6 6 0 0 1 6 6v24a6 6 0 0 1-6 6H30L16 56V44h-4a6 6 0 0 1-6-6V14a6 6 0 0 1 6-6z"/>',
      `<g fill="${INK}" stroke="none"><circle cx="20" cy="26" r="3.5"/><circle cx="32" cy="26" r="3.5"/>` +
        '<circle cx="44" cy="26" r="3.5"/></g>',
    ),
  },
  emergency: {
    alt: 'A phone with a red emergency cross',
    body: drawn(
      '<rect x="19" y="5" width="26" height="56" rx="5"/>',
      `<rect x="23" y="12" width="18" height="34" rx="1" fill="${RED}"/>`,
      '<path d="M29 22h6v6h6v6h-6v6h-6v-6h-6v-6h6z"/>',
      `<circle cx="32" cy="53" r="2.5" fill="${INK}"/>`,
      '<path d="M12 10l-5-4M11 22H4M58 10l-5 4M60 22h-7"/>',
    ),
  },
  shield: {
    alt: 'A shield, meaning staying safe',
    body: drawn(
      `<path d="M32 4l23 8v18c0 14-10 24-23 30C19 54 9 44 9 30V12z" fill="${GREEN}"/>`,
      '<polygon points="18,32 23,27 29,33 41,21 46,26 29,43"/>',
    ),
  },
} as const satisfies Record<string, Pictogram>;

export type PictogramId = keyof typeof PICTOGRAMS;

export function isPictogramId(value: string): value is PictogramId {
  return Object.hasOwn(PICTOGRAMS, value);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The full <svg> for a pictogram: role="img", aria-label = alt, a <title>, viewBox 0 0 64 64, width/height 96. */
export function pictogramSvg(id: PictogramId): string {
  const { alt, body } = PICTOGRAMS[id];
  const label = escapeXml(alt);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="96" height="96" role="img" ` +
    `aria-label="${label}" focusable="false" class="pictogram"><title>${label}</title>${body}</svg>`
  );
}
