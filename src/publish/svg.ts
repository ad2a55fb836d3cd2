/** A scene and its words as an SVG document, for the build's share image (see scene.ts). */
import { drawnArcs } from './arrows.ts';
import { escapeMarkup } from './escape.ts';
import { placeSceneLabels, placeScenePills } from './labels.ts';
import type { PictureText, PlaceSymbol } from './picture.ts';
import { wrapText } from './picture.ts';
import type { Point, Scene } from './scene.ts';

const path = (points: Point[], closed: boolean) =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join('') + (closed ? 'Z' : '');

export const PICTURE_FONT = 'DejaVu Sans';
export const LAND = '#f7f6f2';
export const SEA = '#cfdfeb';
export const BORDER = '#9aa7b4';
/** Height of the legend band at the bottom. */
export const BOTTOM = 100;
/** Height of the title band on top, for a title of up to two lines. */
export const TOP = 140;

/** A place's dot on the map, and its swatch in the legend. */
function placeSymbol(kind: PlaceSymbol, x: number, y: number): string {
  if (kind === 'origin')
    return `<circle cx="${x}" cy="${y}" r="4" fill="#fff" stroke="#44505c" stroke-width="2"/>`;
  return kind === 'held'
    ? `<circle cx="${x}" cy="${y}" r="9" fill="#1d2a36" stroke="#fff" stroke-width="2.5"/>`
    : `<circle cx="${x}" cy="${y}" r="9" fill="#fff" stroke="#1d2a36" stroke-width="3" stroke-dasharray="4 3"/>`;
}

/** Title band on top, legend and attribution at the bottom, map in between. */
/** Sizes of the names on the map: a meeting place's, bold, and another place's. */
const NAME = { meeting: 22, origin: 16 };
/**
 * A name's size in DejaVu Sans, from its length: resvg draws it, so there is nothing to
 * measure with at build time. The average advance is generous (0.6 em, 0.68 em in bold), so a
 * name's box is never smaller than its text.
 */
const measure = (name: string, meeting: boolean) => {
  const size = meeting ? NAME.meeting : NAME.origin;
  return { width: name.length * size * (meeting ? 0.68 : 0.6), height: size * 1.15 };
};

export function sceneToSvg(scene: Scene, text: PictureText): string {
  const { width, height } = scene;
  const title = wrapText(text.title, Math.floor(width / 19), 2);
  const titleBand = title.length * 40 + 52;
  const countries = scene.countries
    .map((rings) => `<path d="${rings.map((r) => path(r, true)).join('')}"/>`)
    .join('');
  // Lines and heads 1.6 times the map's, for an image seen smaller than the map.
  const arcs = drawnArcs(scene.arcs, { meetingRadius: 9, originRadius: 4, scale: 1.6 })
    .map(
      ({ arc: a, line, head }) =>
        `<path d="${path(line, false)}" stroke="${a.colour}" stroke-width="${a.width * 1.6}" stroke-opacity="${a.opacity}"${a.dash.length ? ` stroke-dasharray="${a.dash.map((d) => d * 1.6).join(' ')}"` : ''} fill="none" stroke-linecap="round"/>` +
        `<path d="${path(head, true)}" fill="${a.colour}" fill-opacity="${a.opacity}"/>`,
    )
    .join('');
  const places = scene.places.map((p) => placeSymbol(p.meeting ?? 'origin', ...p.at)).join('');
  const labelStyle = {
    measure,
    meetingRadius: 9,
    originRadius: 4,
    top: titleBand,
    bottom: height - BOTTOM,
  };
  const pills = placeScenePills(scene, labelStyle);
  const farNames = pills
    .map(
      ({ text: name, box }) =>
        `<rect x="${box.left}" y="${box.top}" width="${box.right - box.left}" height="${box.bottom - box.top}" rx="${(box.bottom - box.top) / 2}" fill="#fff" stroke="${BORDER}"/>` +
        `<text x="${box.left + 8}" y="${box.bottom - 8}" font-size="${NAME.origin}" fill="#2f3b47">${escapeMarkup(name)}</text>`,
    )
    .join('');
  const names = placeSceneLabels(scene, labelStyle, pills)
    .map((label) => {
      const size = label.meeting ? NAME.meeting : NAME.origin;
      const weight = label.meeting ? ' font-weight="bold"' : '';
      return `<text x="${label.x}" text-anchor="${label.anchor}" y="${label.box.bottom - size * 0.27}" font-size="${size}"${weight} fill="${label.meeting ? '#1d2a36' : '#2f3b47'}" stroke="#fff" stroke-width="${label.meeting ? 5 : 4}" paint-order="stroke" stroke-linejoin="round">${escapeMarkup(label.text)}</text>`;
    })
    .join('');
  // Items flow left to right and wrap onto a second row.
  let legendX = 32;
  let legendY = height - BOTTOM + 28;
  const legend = text.legend
    .map((item) => {
      const itemWidth = 52 + item.label.length * 9.4;
      if (legendX > 32 && legendX + itemWidth > width - 32) {
        legendX = 32;
        legendY += 26;
      }
      const [x, y] = [legendX, legendY];
      legendX += itemWidth;
      const swatch =
        item.symbol === 'line'
          ? `<line x1="${x}" y1="${y}" x2="${x + 30}" y2="${y}" stroke="${item.colour}" stroke-width="4"${item.dash.length ? ` stroke-dasharray="${item.dash.join(' ')}"` : ''}/>`
          : placeSymbol(item.symbol, x + 15, y);
      return (
        swatch +
        `<text x="${x + 36}" y="${y + 6}" font-size="17" fill="#1d2a36">${escapeMarkup(item.label)}</text>`
      );
    })
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${PICTURE_FONT}">`,
    `<rect width="${width}" height="${height}" fill="${SEA}"/>`,
    `<g fill="${LAND}" stroke="${BORDER}" stroke-width="1" stroke-linejoin="round">${countries}</g>`,
    `<clipPath id="map-band"><rect y="${titleBand}" width="${width}" height="${height - BOTTOM - titleBand}"/></clipPath>`,
    `<g clip-path="url(#map-band)">${arcs}</g>`,
    `<g>${places}</g>`,
    `<g>${names}${farNames}</g>`,
    `<rect width="${width}" height="${titleBand}" fill="#ffffff" fill-opacity="0.92"/>`,
    ...title.map(
      (line, i) =>
        `<text x="32" y="${50 + i * 40}" font-size="32" font-weight="bold" fill="#1d2a36">${escapeMarkup(line)}</text>`,
    ),
    `<text x="32" y="${title.length * 40 + 36}" font-size="19" fill="#44505c">${escapeMarkup(text.subtitle)}</text>`,
    `<rect y="${height - BOTTOM}" width="${width}" height="${BOTTOM}" fill="#ffffff" fill-opacity="0.92"/>`,
    legend,
    `<text x="${width - 32}" y="${height - 12}" font-size="15" fill="#5b6875" text-anchor="end">${escapeMarkup(text.attribution)}</text>`,
    '</svg>',
  ].join('');
}
