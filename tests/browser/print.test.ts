/**
 * Printing: Chromium's own print to PDF, on A4, for the default view and for an English,
 * side-by-side view of one meeting. The PDF is checked for its pages and size and for the text it
 * draws (read from its content streams); the page in print media for what shows and what not.
 */
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { readReleaseFolder, RELEASES_DIR } from '../../scripts/lib/release-folders.ts';
import { MESSAGES } from '../../src/i18n/messages.ts';
import { LANGS, type Lang } from '../../src/model/lang.ts';
import { loadRelease } from '../../src/model/release.ts';
import { sentenceText } from '../../src/model/text.ts';
import { indexRelease, type ReleaseIndex } from '../../src/model/view.ts';
import { journeyLabel } from '../../src/sidebar/labels.ts';
import { visibleItems } from '../../src/state/selection.ts';
import { releaseId } from './data.ts';
import { setupBrowser } from './harness.ts';
import { arcs, mapReady, mapRegion } from './map-helpers.ts';

const { open } = setupBrowser();

const KYIV_MEETING = 'kyiv-advisers-2026-01-03';
/** A4 in PostScript points; Chromium rounds it to hundredths of an inch (595.92 × 842.88). */
const A4 = { width: 595.28, height: 841.89 };
/** The printable width of an A4 page with print.css's 12 mm side margins, in CSS pixels. */
const PAGE_CONTENT_WIDTH = ((210 - 2 * 12) / 25.4) * 96;

function loadIndex(): ReleaseIndex {
  const folder = readReleaseFolder(join(RELEASES_DIR, releaseId()));
  const result = loadRelease(folder.files);
  if (!result.ok) throw new Error(`${folder.dir} does not load`);
  return indexRelease(result.release);
}
const index = loadIndex();

// ---------------------------------------------------------------------------------------------
// Reading a PDF's text. Chromium writes PDF 1.4 without object streams; text is drawn with
// Type0 fonts whose glyph codes a ToUnicode CMap maps back to characters, in Flate streams.
// ---------------------------------------------------------------------------------------------

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(?<!\d)(\d+) 0 obj\b/g)) {
    const start = match.index + match[0].length;
    const endobj = text.indexOf('endobj', start);
    const head = /^([\s\S]*?>>)\s*stream\r?\n/.exec(text.slice(start, endobj));
    if (!head) {
      objects.set(Number(match[1]), { dict: text.slice(start, endobj) });
      continue;
    }
    const dict = head[1] ?? '';
    const dataStart = start + head[0].length;
    const length = /\/Length (\d+)(?! \d+ R)/.exec(dict);
    const dataEnd = length ? dataStart + Number(length[1]) : text.indexOf('endstream', dataStart);
    const raw = pdf.subarray(dataStart, dataEnd);
    objects.set(Number(match[1]), {
      dict,
      stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw,
    });
  }
  return objects;
}

/** The `/Name n 0 R` entries of a sub-dictionary such as /Font or /XObject. */
function namedRefs(dict: string, key: string): Map<string, number> {
  const inner = new RegExp(`/${key}\\s*<<([^>]*)>>`).exec(dict)?.[1] ?? '';
  return new Map(
    [...inner.matchAll(/\/([^\s/<>[\]]+)\s+(\d+) 0 R/g)].map((m) => [m[1] ?? '', Number(m[2])]),
  );
}

const hexCode = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
const utf16 = (hex: string) =>
  String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));

/** Glyph code (four hex digits) to text, from a ToUnicode CMap. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(hexCode(parseInt(m[1] ?? '', 16)), utf16(m[2] ?? ''));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = (block[1] ?? '').matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g,
    );
    for (const m of ranges) {
      const [lo, hi, dest] = [parseInt(m[1] ?? '', 16), parseInt(m[2] ?? '', 16), m[3] ?? ''];
      const list = [...dest.matchAll(/<([0-9a-fA-F]+)>/g)].map((d) => d[1] ?? '');
      for (let code = lo; code <= hi; code++) {
        map.set(
          hexCode(code),
          dest.startsWith('[')
            ? utf16(list[code - lo] ?? '')
            : String.fromCharCode(parseInt(list[0] ?? '', 16) + code - lo),
        );
      }
    }
  }
  return map;
}

const TOKEN = /<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|\/[^\s/<>[\]()]+|<<|>>|\[|\]|[^\s/<>[\]()]+/g;
const OPERATOR = /^[A-Za-z'"*]+$/;

/** The PDF's pages, and the text each draws: runs in drawing order, a newline after each. */
function readPdf(pdf: Buffer): { mediaBoxes: number[][]; text: string[] } {
  const objects = pdfObjects(pdf);
  const cmaps = new Map<number, Map<string, string>>();
  const glyphs = (fontRef: number) => {
    let map = cmaps.get(fontRef);
    if (!map) {
      const ref = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontRef)?.dict ?? '')?.[1];
      map = toUnicode(objects.get(Number(ref))?.stream?.toString('latin1') ?? '');
      cmaps.set(fontRef, map);
    }
    return map;
  };
  const resourcesOf = (dict: string) => {
    const ref = /\/Resources (\d+) 0 R/.exec(dict)?.[1];
    return ref ? (objects.get(Number(ref))?.dict ?? '') : dict;
  };
  const draw = (content: string, resources: string, out: string[]) => {
    const fonts = namedRefs(resources, 'Font');
    const forms = namedRefs(resources, 'XObject');
    let font = new Map<string, string>();
    const operands: string[] = [];
    const show = (operand: string) => {
      if (!operand.startsWith('<')) return;
      const codes = operand.slice(1, -1).replace(/\s/g, '').match(/.{4}/g) ?? [];
      out.push(codes.map((code) => font.get(code.toUpperCase()) ?? '').join(''));
    };
    for (const [token] of content.matchAll(TOKEN)) {
      if (token === 'Tf') font = glyphs(fonts.get((operands.at(-2) ?? '').slice(1)) ?? -1);
      else if (token === 'Tj' || token === "'" || token === '"') show(operands.at(-1) ?? '');
      else if (token === 'TJ') operands.forEach(show);
      else if (token === 'ET') out.push('\n');
      else if (token === 'Do') {
        const form = objects.get(forms.get((operands.at(-1) ?? '').slice(1)) ?? -1);
        if (form?.stream && form.dict.includes('/Form')) {
          const own = form.dict.includes('/Resources') ? resourcesOf(form.dict) : resources;
          draw(form.stream.toString('latin1'), own, out);
        }
      }
      if (OPERATOR.test(token) && token !== 'true' && token !== 'false') operands.length = 0;
      else if (token !== '[' && token !== ']') operands.push(token);
    }
  };
  const mediaBoxes: number[][] = [];
  const text: string[] = [];
  const walk = (ref: number, inherited: string) => {
    const node = objects.get(ref);
    if (!node) return;
    const box = /\/MediaBox\s*\[([^\]]*)\]/.exec(node.dict)?.[1] ?? inherited;
    if (/\/Type\s*\/Pages\b/.test(node.dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dict)?.[1] ?? '';
      for (const kid of kids.matchAll(/(\d+) 0 R/g)) walk(Number(kid[1]), box);
      return;
    }
    mediaBoxes.push(box.trim().split(/\s+/).map(Number));
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(node.dict)?.[1] ?? '';
    const out: string[] = [];
    for (const c of contents.matchAll(/(\d+) 0 R/g)) {
      const stream = objects.get(Number(c[1]))?.stream?.toString('latin1') ?? '';
      draw(stream, resourcesOf(node.dict), out);
    }
    text.push(out.join(''));
  };
  const root = /\/Root (\d+) 0 R/.exec(pdf.toString('latin1'))?.[1];
  const pages = /\/Pages (\d+) 0 R/.exec(objects.get(Number(root))?.dict ?? '')?.[1];
  walk(Number(pages), '');
  return { mediaBoxes, text };
}

/**
 * Text compared without white space (lines break anywhere; runs split at links) and with
 * ligatures spelled out (the PDF maps "ff" to one glyph).
 */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

// ---------------------------------------------------------------------------------------------
// The page, printed.
// ---------------------------------------------------------------------------------------------

interface Box {
  top: number;
  bottom: number;
  left: number;
  width: number;
  height: number;
}

/** Layout as Chromium prints it, recorded when print media takes effect. */
interface PrintLayout {
  page: Box;
  map: Box | null;
  header: Box | null;
  text: Box | null;
  journeys: Box | null;
  shownControls: string[];
}

declare global {
  interface Window {
    diplomapPrintLayout?: PrintLayout;
  }
}

/** What must not be printed, by the selector print.css hides it with. */
const CONTROLS = [
  '.app-header .controls',
  '.notices',
  '.actions',
  '.timeline',
  '.legend .switch',
  '.details .close',
  '.leaflet-control-zoom',
  // A far origin's edge marker prints as its name and distance (print-map.test.ts).
  'button:not(.journey button, .edge-marker)',
  'select',
  'input',
];

/** Prints the page to an A4 PDF, recording the layout it is printed with. */
async function printToPdf(page: Page): Promise<{ pdf: Buffer; layout: PrintLayout }> {
  await page.evaluate((controls) => {
    const print = window.matchMedia('print');
    const box = (element: Element | null): Box | null => {
      if (!element) return null;
      const r = element.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, width: r.width, height: r.height };
    };
    const record = (event: MediaQueryListEvent) => {
      if (!event.matches) return;
      print.removeEventListener('change', record);
      window.diplomapPrintLayout = {
        page: box(document.documentElement) ?? { top: 0, bottom: 0, left: 0, width: 0, height: 0 },
        map: box(document.querySelector('.map-panel .leaflet-container')),
        header: box(document.querySelector('.release-header')),
        text: box(document.querySelector('.release-text')),
        journeys: box(document.querySelector('.journeys')),
        shownControls: controls.filter((selector) =>
          [...document.querySelectorAll(selector)].some((e) => e.checkVisibility()),
        ),
      };
    };
    print.addEventListener('change', record);
  }, CONTROLS);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const layout = await page.evaluate(() => window.diplomapPrintLayout);
  if (!layout) throw new Error('printing did not switch the page to print media');
  return { pdf, layout };
}

/** Whether every element a locator matches is hidden (and it matches at least one). */
async function allHidden(locator: Locator): Promise<boolean> {
  const shown = await locator.evaluateAll((elements) => elements.map((e) => e.checkVisibility()));
  return shown.length > 0 && shown.every((s) => !s);
}

/** The controls of the interface as a user finds them, hidden ones included. */
function controls(page: Page, lang: Lang): [string, Locator][] {
  const t = MESSAGES[lang];
  const hidden = { includeHidden: true, exact: true };
  return [
    ['language toggle', page.getByRole('group', { name: t.language, ...hidden })],
    ['meeting filter', page.getByRole('combobox', { name: t.meeting, ...hidden })],
    ['any other control', page.locator('button:not(.journey button, .edge-marker), select, input')],
    ['zoom in', page.getByRole('button', { name: t.zoomIn, ...hidden })],
    ['zoom out', page.getByRole('button', { name: t.zoomOut, ...hidden })],
    ['export', page.getByRole('button', { name: t.exportGeoJSON, ...hidden })],
    ['print', page.getByRole('button', { name: t.print, ...hidden })],
    ['legend switch', page.getByRole('checkbox', { name: t.showExternal, ...hidden })],
  ];
}

/** Words of the interface's controls, which must not be on paper. */
const controlWords = (lang: Lang): string[] => {
  const t = MESSAGES[lang];
  return [t.exportGeoJSON, t.print, t.allMeetings, t.parallel, t.showExternal, t.dismiss];
};

/** Each journey in view: its label as listed, and the words its source is quoted in. */
function journeysWithSources(meeting: string | null, lang: Lang) {
  return visibleItems(index, { meeting, external: true }).journeys.map((j) => {
    const { sentences = [], source } = j.journey.provenance;
    const external = index.release.meta.sources.find((s) => s.id === source);
    return {
      label: journeyLabel(index, j, lang, MESSAGES[lang]),
      source: external
        ? [external.publisher, external.title, external.url]
        : sentences.map((ref) => sentenceText(index.release.text[lang], ref) ?? `(no ${ref})`),
    };
  });
}

interface View {
  name: string;
  path: string;
  lang: Lang;
  langs: Lang[];
  meeting: string | null;
}

const VIEWS: View[] = [
  { name: 'the default view', path: '', lang: 'sv', langs: ['sv'], meeting: null },
  {
    name: 'English, side by side, one meeting',
    path: `?lang=en&view=parallel&meeting=${KYIV_MEETING}`,
    lang: 'en',
    langs: [...LANGS],
    meeting: KYIV_MEETING,
  },
];

test.each(VIEWS)(
  'printing $name: an A4 PDF of the title, map, legend, text and sourced journeys, without controls',
  async (view) => {
    const { page, errors } = await open(view.path);
    await mapReady(page);
    const t = MESSAGES[view.lang];
    const inView = visibleItems(index, { meeting: view.meeting, external: true });
    const journeys = journeysWithSources(view.meeting, view.lang);
    expect(journeys.length).toBeGreaterThan(0);

    // On screen: the controls are there, and what is written for paper is not shown.
    for (const [name, control] of controls(page, view.lang))
      expect(await control.first().isVisible(), `${name} on screen`).toBe(true);
    expect(await allHidden(page.locator('.print-only'))).toBe(true);

    // Chromium's print to PDF.
    const { pdf, layout } = await printToPdf(page);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { mediaBoxes, text: pages } = readPdf(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(mediaBoxes).toHaveLength(pages.length);
    for (const [x0 = NaN, y0 = NaN, x1 = NaN, y1 = NaN] of mediaBoxes) {
      expect(Math.abs(x1 - x0 - A4.width)).toBeLessThan(1.5);
      expect(Math.abs(y1 - y0 - A4.height)).toBeLessThan(1.5);
    }
    const printed = squash(pages.join('\n'));
    const has = (words: string) => printed.includes(squash(words));

    // The title and every paragraph, in the languages of the view and no other.
    for (const lang of LANGS) {
      const { title, paragraphs } = index.release.text[lang];
      const shown = view.langs.includes(lang);
      expect(has(title.text), `${lang} title`).toBe(shown);
      for (const p of paragraphs) expect(has(p.text), `${lang} paragraph ${p.index}`).toBe(shown);
    }
    // The legend with the map's attribution; what the map draws is checked in print media below.
    // The legend names the symbols in view and only those: this release's origins are all
    // inferred, and the Kyiv meeting alone has no planned meeting.
    const symbols = view.meeting ? [t.legendHeld] : [t.legendHeld, t.legendPlanned];
    for (const words of [t.legend, ...symbols, t.legendInferred, 'Natural Earth'])
      expect(has(words), words).toBe(true);

    // The journeys in view, in order, each followed by its source.
    expect(has(t.journeys)).toBe(true);
    let from = printed.indexOf(squash(journeys[0]?.label ?? ''));
    expect(from, 'the first journey is printed').toBeGreaterThan(-1);
    journeys.forEach((journey, i) => {
      const next = journeys[i + 1];
      const end = next ? printed.indexOf(squash(next.label), from + 1) : printed.length;
      expect(end, `${journey.label} is followed by the next journey`).toBeGreaterThan(from);
      const entry = printed.slice(from, end);
      expect(entry.startsWith(squash(journey.label))).toBe(true);
      for (const words of journey.source) expect(entry, journey.label).toContain(squash(words));
      from = end;
    });
    for (const j of index.journeys.filter((j) => !inView.journeys.includes(j)))
      expect(has(journeyLabel(index, j, view.lang, t)), j.journey.id).toBe(false);

    // No controls: their words are not on paper, and none is laid out.
    for (const words of controlWords(view.lang)) expect(has(words), words).toBe(false);
    expect(layout.shownControls).toEqual([]);

    // The map is page-wide, has a height, and comes after the title and before the text.
    expect(layout.map?.width).toBeCloseTo(PAGE_CONTENT_WIDTH, -1);
    expect(layout.map?.height).toBeGreaterThan(200);
    expect(layout.header?.bottom).toBeLessThanOrEqual(layout.map?.top ?? -1);
    expect(layout.map?.bottom).toBeLessThanOrEqual(layout.text?.top ?? -1);
    expect(layout.text?.bottom).toBeLessThanOrEqual(layout.journeys?.top ?? -1);

    // The same page in print media: what shows and what does not.
    await page.emulateMedia({ media: 'print' });
    for (const [name, control] of controls(page, view.lang))
      expect(await allHidden(control), `${name} in print`).toBe(true);

    const map = mapRegion(page, view.lang).locator('.leaflet-container');
    expect(await map.isVisible()).toBe(true);
    const mapBox = await map.boundingBox();
    expect(mapBox?.width).toBeGreaterThan(0);
    expect(mapBox?.height).toBeGreaterThan(0);
    const textBox = await page.locator('.release-text').boundingBox();
    expect((mapBox?.y ?? Infinity) + (mapBox?.height ?? 0)).toBeLessThanOrEqual(textBox?.y ?? -1);
    expect(await arcs(page).count()).toBe(inView.journeys.length);
    expect(
      await mapRegion(page, view.lang).getByRole('heading', { name: t.legend }).isVisible(),
    ).toBe(true);
    expect(await page.locator('.legend li').first().isVisible()).toBe(true);

    for (const lang of view.langs) {
      const title = page.locator(`h1[lang="${lang}"]`);
      expect(await title.textContent()).toBe(index.release.text[lang].title.text);
      expect(await title.isVisible()).toBe(true);
      expect(await page.locator(`.release-text [lang="${lang}"]`).first().isVisible()).toBe(true);
    }

    const items = page.getByRole('region', { name: t.journeys, exact: true }).getByRole('listitem');
    expect(await items.count()).toBe(journeys.length);
    for (const [i, journey] of journeys.entries()) {
      const item = items.nth(i);
      expect(await item.getByRole('button').textContent()).toBe(journey.label);
      const source = item.locator('.journey-source');
      expect(await source.isVisible(), journey.label).toBe(true);
      const shown = squash(await source.innerText());
      for (const words of journey.source) expect(shown, journey.label).toContain(squash(words));
    }
    expect(errors).toEqual([]);
  },
);

test('printing an open selection keeps its details but not the close button or a notice', async () => {
  const t = MESSAGES.en;
  const { page, errors } = await open('?lang=en&meeting=nowhere&select=journey:witkoff-calls-kyiv');
  await mapReady(page);
  const notice = page.getByRole('status', { includeHidden: true }).filter({ hasText: 'nowhere' });
  const close = page.getByRole('button', { name: t.closeDetails, includeHidden: true });
  const details = page.getByRole('region', { name: 'Steve Witkoff' });
  expect(await notice.isVisible()).toBe(true);
  expect(await close.isVisible()).toBe(true);

  const { pdf, layout } = await printToPdf(page);
  const printed = squash(readPdf(pdf).text.join('\n'));
  const quote = squash((await details.locator('blockquote').first().textContent()) ?? '');
  // The heading is printed in capitals (text-transform), so it is compared without case.
  expect(printed.toLowerCase()).toContain(squash(t.quotedSentence).toLowerCase());
  expect(quote.length).toBeGreaterThan(0);
  expect(printed).toContain(quote);
  expect(printed).not.toContain('nowhere');
  expect(layout.shownControls).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  expect(await allHidden(notice)).toBe(true);
  expect(await allHidden(close)).toBe(true);
  expect(await details.isVisible()).toBe(true);
  expect(await details.locator('blockquote').first().isVisible()).toBe(true);
  expect(errors).toEqual([]);
});

test('a legend folded on a phone is printed open', async () => {
  const t = MESSAGES.sv;
  const { page, errors } = await open('', { width: 390, height: 800 });
  await mapReady(page);
  expect(await page.locator('.legend li').first().isVisible()).toBe(false);

  const { pdf } = await printToPdf(page);
  const printed = squash(readPdf(pdf).text.join('\n'));
  for (const words of [t.legendHeld, t.legendPlanned, t.legendInferred, t.legendRemote])
    expect(printed, words).toContain(squash(words));

  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.legend li').first().isVisible()).toBe(true);
  expect(errors).toEqual([]);
});

test('places drawn together are explained on paper without the hint to select them', async () => {
  const t = MESSAGES.sv;
  // Narrow enough that places still cluster on the printed map.
  const { page, errors } = await open('', { width: 320, height: 800 });
  await mapReady(page);
  const clusters = page.locator('.legend li[data-symbol="cluster"]');
  await page.getByText(t.legend, { exact: true }).click();
  expect(squash(await clusters.innerText())).toContain(
    squash(t.legendCluster + t.legendClusterHint),
  );
  await page.emulateMedia({ media: 'print' });
  await expect.poll(() => clusters.isVisible()).toBe(true);
  expect(squash(await clusters.innerText())).toContain(squash(t.legendCluster));
  expect(squash(await clusters.innerText())).not.toContain(squash(t.legendClusterHint));
  expect(errors).toEqual([]);
});
