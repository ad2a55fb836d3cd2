/** A scene and its words painted on a canvas, for "Download image" (see scene.ts, svg.ts). */
import { drawnArcs } from './arrows.ts';
import { placeSceneLabels, placeScenePills } from './labels.ts';
import type { PictureText, PlaceSymbol } from './picture.ts';
import { wrapText } from './picture.ts';
import type { Point, Scene } from './scene.ts';
import { BORDER, BOTTOM, LAND, SEA } from './svg.ts';

const FONT = 'system-ui, "DejaVu Sans", sans-serif';
const INK = '#1d2a36';

function trace(ctx: CanvasRenderingContext2D, points: Point[], closed: boolean): void {
  points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  if (closed) ctx.closePath();
}

/** Sizes of the names on the map: a meeting place's, bold, and another place's. */
const NAME = { meeting: 17, origin: 13 };

/** A place's dot on the map, and its swatch in the legend. */
function paintPlace(ctx: CanvasRenderingContext2D, kind: PlaceSymbol, x: number, y: number) {
  ctx.beginPath();
  ctx.arc(x, y, kind === 'origin' ? 3.5 : 7, 0, 2 * Math.PI);
  ctx.fillStyle = kind === 'held' ? INK : '#fff';
  ctx.fill();
  ctx.lineWidth = kind === 'origin' ? 1.5 : 2.5;
  ctx.strokeStyle = kind === 'held' ? '#fff' : kind === 'planned' ? INK : '#44505c';
  ctx.setLineDash(kind === 'planned' ? [3, 2.5] : []);
  ctx.stroke();
  ctx.setLineDash([]);
}

/** Paints at `scale` device pixels per unit: 2 for a sharp picture on a 2× screen. */
export function paintScene(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  text: PictureText,
  scale: number,
): void {
  const { width, height } = scene;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = SEA;
  ctx.fillRect(0, 0, width, height);

  ctx.fillStyle = LAND;
  ctx.strokeStyle = BORDER;
  ctx.lineWidth = 0.8;
  ctx.lineJoin = 'round';
  for (const rings of scene.countries) {
    ctx.beginPath();
    for (const ring of rings) trace(ctx, ring, true);
    ctx.fill('evenodd');
    ctx.stroke();
  }

  // Arcs to far origins leave the picture: cut at the title and legend bands.
  const title = wrapText(text.title, Math.floor(width / 15), 2);
  const titleBand = title.length * 34 + 46;
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, titleBand, width, height - BOTTOM - titleBand);
  ctx.clip();
  ctx.lineCap = 'round';
  for (const { arc, line, head } of drawnArcs(scene.arcs, {
    meetingRadius: 7,
    originRadius: 3.5,
    scale: 1,
  })) {
    ctx.globalAlpha = arc.opacity;
    ctx.strokeStyle = arc.colour;
    ctx.lineWidth = arc.width;
    ctx.setLineDash(arc.dash);
    ctx.beginPath();
    trace(ctx, line, false);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = arc.colour;
    ctx.beginPath();
    trace(ctx, head, true);
    ctx.fill();
  }
  ctx.globalAlpha = 1;
  ctx.restore();

  for (const place of scene.places) paintPlace(ctx, place.meeting ?? 'origin', ...place.at);

  const fontOf = (meeting: boolean) =>
    meeting ? `bold ${NAME.meeting}px ${FONT}` : `${NAME.origin}px ${FONT}`;
  const measure = (name: string, meeting: boolean) => {
    ctx.font = fontOf(meeting);
    const size = meeting ? NAME.meeting : NAME.origin;
    return { width: ctx.measureText(name).width, height: size * 1.15 };
  };
  const labelStyle = {
    measure,
    meetingRadius: 7,
    originRadius: 3.5,
    top: titleBand,
    bottom: height - BOTTOM,
  };
  const pills = placeScenePills(scene, labelStyle);
  for (const { text: name, box } of pills) {
    const h = box.bottom - box.top;
    ctx.beginPath();
    ctx.roundRect(box.left, box.top, box.right - box.left, h, h / 2);
    ctx.fillStyle = '#fff';
    ctx.fill();
    ctx.lineWidth = 1;
    ctx.strokeStyle = BORDER;
    ctx.stroke();
    ctx.font = fontOf(false);
    ctx.fillStyle = '#2f3b47';
    ctx.fillText(name, box.left + 8, box.bottom - 7);
  }
  const labels = placeSceneLabels(scene, labelStyle, pills);
  for (const label of labels) {
    const size = label.meeting ? NAME.meeting : NAME.origin;
    const baseline = label.box.bottom - size * 0.27;
    ctx.font = fontOf(label.meeting);
    ctx.lineWidth = label.meeting ? 4 : 3;
    ctx.strokeStyle = '#fff';
    ctx.textAlign = label.anchor === 'middle' ? 'center' : label.anchor;
    ctx.strokeText(label.text, label.x, baseline);
    ctx.fillStyle = label.meeting ? INK : '#2f3b47';
    ctx.fillText(label.text, label.x, baseline);
  }
  ctx.textAlign = 'left';

  // Title band.
  ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
  ctx.fillRect(0, 0, width, titleBand);
  ctx.fillStyle = INK;
  ctx.font = `bold 26px ${FONT}`;
  title.forEach((line, i) => ctx.fillText(line, 24, 40 + i * 34));
  ctx.fillStyle = '#44505c';
  ctx.font = `16px ${FONT}`;
  ctx.fillText(text.subtitle, 24, title.length * 34 + 30);

  // Legend band and attribution.
  ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
  ctx.fillRect(0, height - BOTTOM, width, BOTTOM);
  ctx.font = `15px ${FONT}`;
  let x = 24;
  let y = height - BOTTOM + 28;
  for (const item of text.legend) {
    const itemWidth = 52 + ctx.measureText(item.label).width;
    if (x > 24 && x + itemWidth > width - 24) {
      x = 24;
      y += 24;
    }
    if (item.symbol === 'line') {
      ctx.strokeStyle = item.colour;
      ctx.lineWidth = 4;
      ctx.setLineDash(item.dash);
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + 30, y);
      ctx.stroke();
      ctx.setLineDash([]);
    } else paintPlace(ctx, item.symbol, x + 15, y);
    ctx.fillStyle = INK;
    ctx.fillText(item.label, x + 36, y + 5);
    x += itemWidth;
  }
  ctx.fillStyle = '#5b6875';
  ctx.font = `13px ${FONT}`;
  ctx.textAlign = 'right';
  ctx.fillText(text.attribution, width - 24, height - 12);
  ctx.textAlign = 'left';
}
