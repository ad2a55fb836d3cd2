import { describe, expect, it } from 'vitest';
import { parseTileUrl, readMapConfig } from '../../../src/map/config.ts';

/** What a browser shows for an HTML string made only of text and numeric character references. */
const htmlText = (html: string) =>
  html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

describe('readMapConfig', () => {
  it('is offline by default: no tile layer, SVG renderer', () => {
    expect(readMapConfig({}, '')).toEqual({ tiles: null, renderer: 'svg' });
  });

  it('opts in to OpenStreetMap with "osm", crediting it', () => {
    const { tiles } = readMapConfig({ VITE_TILE_URL: 'osm' }, '');
    expect(tiles?.url).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(htmlText(tiles?.attribution ?? '')).toMatch(/OpenStreetMap/);

    const explicit = readMapConfig(
      { VITE_TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' },
      '',
    ).tiles;
    expect(htmlText(explicit?.attribution ?? '')).toMatch(/OpenStreetMap/);
  });

  it('uses the configured attribution, shown as text rather than HTML', () => {
    const attribution = `<img src=x onerror="alert('x')"> Tiles & maps`;
    const { tiles } = readMapConfig(
      {
        VITE_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png',
        VITE_TILE_ATTRIBUTION: attribution,
      },
      '',
    );
    expect(tiles?.url).toBe('https://tiles.example.org/{z}/{x}/{y}.png');
    expect(tiles?.attribution).not.toMatch(/[<>"']/);
    expect(htmlText(tiles?.attribution ?? '')).toBe(attribution);
  });

  it('has no tiles when the template is not http(s)', () => {
    for (const url of [
      'javascript:alert(1)//{z}',
      'data:image/png;base64,AAAA',
      'ftp://x/{z}.png',
    ]) {
      expect(
        readMapConfig({ VITE_TILE_URL: url, VITE_TILE_ATTRIBUTION: 'x' }, '').tiles,
      ).toBeNull();
    }
  });

  it('reads the renderer from the URL or the environment', () => {
    expect(readMapConfig({}, '?renderer=canvas').renderer).toBe('canvas');
    expect(readMapConfig({ VITE_RENDERER: 'canvas' }, '').renderer).toBe('canvas');
    expect(readMapConfig({ VITE_RENDERER: 'svg' }, '?lang=en&renderer=canvas').renderer).toBe(
      'canvas',
    );
    // The URL wins, so a shared link can switch back to SVG.
    expect(readMapConfig({ VITE_RENDERER: 'canvas' }, '?renderer=svg').renderer).toBe('svg');
  });

  it('falls back to SVG for an unknown renderer', () => {
    expect(readMapConfig({ VITE_RENDERER: 'webgl' }, '').renderer).toBe('svg');
    expect(readMapConfig({}, '?renderer=Canvas2D').renderer).toBe('svg');
  });
});

describe('parseTileUrl', () => {
  it('is null when nothing is configured', () => {
    expect(parseTileUrl(undefined)).toBeNull();
    expect(parseTileUrl('')).toBeNull();
  });

  it('accepts http and https XYZ templates unchanged, placeholders included', () => {
    for (const url of [
      'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      'https://{s}.tiles.example.org/{z}/{x}/{y}{r}.png',
      'http://localhost:8080/tiles/{z}/{x}/{y}.png',
    ]) {
      expect(parseTileUrl(url)).toBe(url);
    }
  });

  it('rejects other schemes and anything that is not a URL', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://tiles.example.org/{z}/{x}/{y}.png',
      'file:///etc/passwd',
      '//tiles.example.org/{z}/{x}/{y}.png',
      '/tiles/{z}/{x}/{y}.png',
      'not a url',
      '{z}/{x}/{y}',
      'https://',
    ]) {
      expect(parseTileUrl(url)).toBeNull();
    }
  });
});

describe('renderer choice', () => {
  it('an empty ?renderer= leaves the configured renderer alone', () => {
    expect(readMapConfig({ VITE_RENDERER: 'canvas' }, '?renderer=').renderer).toBe('canvas');
  });
});
