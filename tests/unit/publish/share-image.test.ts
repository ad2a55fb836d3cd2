/**
 * The share image: drawn from the release's own geometry and rasterised with resvg and the
 * DejaVu fonts from npm, so it is the same on every machine and changes with the data.
 */
import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { rasterise } from '../../../build/prerender.ts';
import { basemapSource } from '../../../geo/vite-plugin-basemap.ts';
import { MESSAGES } from '../../../src/i18n/messages.ts';
import { indexRelease, type ReleaseIndex } from '../../../src/model/view.ts';
import { pictureText } from '../../../src/publish/picture.ts';
import { buildScene } from '../../../src/publish/scene.ts';
import { BOTTOM, sceneToSvg, TOP } from '../../../src/publish/svg.ts';
import { visibleItems } from '../../../src/state/selection.ts';
import { loadFirstRelease } from '../support/real-release.ts';

const FRAME = { width: 1200, height: 630, top: TOP, bottom: BOTTOM };
let basemap: FeatureCollection;

beforeAll(() => {
  // The basemap the build writes, made by the build's own plugin code.
  basemap = JSON.parse(basemapSource()) as FeatureCollection;
});

function svgOf(index: ReleaseIndex): string {
  const visible = visibleItems(index, { meeting: null, external: true });
  const scene = buildScene(index, visible, basemap, 'en', FRAME);
  return sceneToSvg(scene, pictureText(index, visible, 'en', MESSAGES.en));
}

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('share image', () => {
  it('is a PNG of 1200×630 with the title, the places and an arc per journey', async () => {
    const index = indexRelease(loadFirstRelease());
    const svg = svgOf(index);
    expect(svg).toContain(index.release.text.en.title.text);
    expect(svg).toContain('>Kyiv<');
    expect(svg.match(/stroke-linecap="round"/g)).toHaveLength(index.journeys.length);
    // The legend explains the lines drawn, one colour per meeting.
    expect(svg).toContain('Leaders in Paris, 6 Jan (planned at the time');
    // The follow-up meeting has no journey in the release, so no line of its colour to explain.
    expect(svg).not.toContain('Security advisers in Paris');
    // Its dotted arcs are explained, as on the map.
    expect(svg).toContain('>From another source, not the release<');
    // And its places' symbols, in the map legend's words; the place the PM leaves from is named.
    for (const item of [
      'Meeting held',
      'Meeting planned',
      'Place of departure',
      'Remote participation',
    ])
      expect(svg).toContain(`>${item}<`);
    expect(svg).toContain('>Stockholm<');
    const png = await rasterise(svg);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('says which meeting a filtered picture shows, and counts its journeys in the singular', () => {
    const index = indexRelease(loadFirstRelease());
    const visible = visibleItems(index, { meeting: 'paris-leaders-2026-01-06', external: true });
    expect(pictureText(index, visible, 'en', MESSAGES.en).subtitle).toBe(
      'Leaders in Paris, 6 Jan · 1 journey',
    );
    const all = visibleItems(index, { meeting: null, external: true });
    expect(pictureText(index, all, 'sv', MESSAGES.sv).subtitle).toBe(
      'lördag 3 januari 2026 · 19 resor',
    );
  });

  it('dates a meeting in the legend as the release does: "c." when only approximately', () => {
    const release = loadFirstRelease();
    // Give the follow-up meeting, whose date the release leaves approximate, a journey.
    const journey = release.journeys.find((j) => j.to === 'paris-leaders-2026-01-06');
    if (!journey) throw new Error('no journey to the leaders’ meeting');
    journey.to = 'paris-advisers-2026-01-06';
    const index = indexRelease(release);
    const visible = visibleItems(index, { meeting: null, external: true });
    const labels = pictureText(index, visible, 'en', MESSAGES.en).legend.map((i) => i.label);
    expect(labels).toContain(
      'Security advisers in Paris, c. 6 Jan (planned at the time of the release)',
    );
  });

  // Rasterising is slow on a busy machine: room for three images.
  it(
    'is the same for the same data, and changes when the data changes',
    { timeout: 60_000 },
    async () => {
      const release = loadFirstRelease();
      const svg = svgOf(indexRelease(release));
      expect(svgOf(indexRelease(structuredClone(release)))).toBe(svg);
      const png = await rasterise(svg);
      const moved = structuredClone(release);
      const paris = moved.places.find((p) => p.id === 'paris');
      if (!paris) throw new Error('no Paris in the release');
      paris.geocoded = { ...paris.geocoded, lat: 43.6, lon: 1.44 };
      expect(await rasterise(svgOf(indexRelease(moved)))).not.toEqual(png);
      const retitled = structuredClone(release);
      retitled.text.en.title = { ...retitled.text.en.title, text: 'Another title' };
      expect(await rasterise(svgOf(indexRelease(retitled)))).not.toEqual(png);
    },
  );
});
