/**
 * Names on a still picture of the map: every meeting place named, other places where there is
 * room, never one name on another or on a dot, and never under the title or legend bands.
 */
import { describe, expect, it } from 'vitest';
import { intersects } from '../../../src/map/placement.ts';
import { indexRelease } from '../../../src/model/view.ts';
import { placeSceneLabels, placeScenePills, type LabelStyle } from '../../../src/publish/labels.ts';
import { buildScene, type Scene } from '../../../src/publish/scene.ts';
import { visibleItems } from '../../../src/state/selection.ts';
import { loadFirstRelease } from '../support/real-release.ts';

const STYLE: LabelStyle = {
  measure: (text, meeting) => ({ width: text.length * (meeting ? 12 : 9), height: 16 }),
  meetingRadius: 9,
  originRadius: 4,
  top: 100,
  bottom: 530,
};

function sceneOf(meeting: string | null): Scene {
  const index = indexRelease(loadFirstRelease());
  const visible = visibleItems(index, { meeting, external: true });
  return buildScene(index, visible, null, 'en', {
    width: 1200,
    height: 630,
    top: 140,
    bottom: 100,
  });
}

describe('placeSceneLabels', () => {
  it('names both meeting places and, with room, the place the Prime Minister leaves from', () => {
    const labels = placeSceneLabels(sceneOf(null), STYLE);
    const names = labels.map((l) => l.text);
    expect(names).toEqual(expect.arrayContaining(['Kyiv', 'Paris', 'Stockholm']));
    expect(labels.find((l) => l.text === 'Kyiv')?.meeting).toBe(true);
    expect(labels.find((l) => l.text === 'Stockholm')?.meeting).toBe(false);
  });

  it('sets no name on another, on a dot, or outside the map band', () => {
    const scene = sceneOf(null);
    const labels = placeSceneLabels(scene, STYLE);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1))
        expect(intersects(a.box, b.box), `${a.text}/${b.text}`).toBe(false);
      for (const place of scene.places) {
        const r = place.meeting ? STYLE.meetingRadius : STYLE.originRadius;
        const [x, y] = place.at;
        const dot = { left: x - r, right: x + r, top: y - r, bottom: y + r };
        expect(intersects(a.box, dot), `${a.text} on ${place.name}`).toBe(false);
      }
      expect(a.box.top).toBeGreaterThanOrEqual(STYLE.top);
      expect(a.box.bottom).toBeLessThanOrEqual(STYLE.bottom);
    }
  });

  it('anchors a name at the edge next to its dot, so a generous measure never strays from it', () => {
    const scene = sceneOf(null);
    for (const label of placeSceneLabels(scene, STYLE)) {
      const place = scene.places.find((p) => p.id === label.id);
      if (!place) throw new Error(`no place ${label.id}`);
      const [x] = place.at;
      if (label.anchor === 'start') expect(label.x).toBeGreaterThan(x);
      if (label.anchor === 'end') expect(label.x).toBeLessThan(x);
      if (label.anchor === 'middle') expect(label.x).toBeCloseTo(x);
    }
  });

  it('frames the story as the map does: far origins become pills at the border, with their distance', () => {
    const scene = sceneOf(null);
    expect(scene.places.map((p) => p.id)).not.toContain('washington');
    const pills = placeScenePills(scene, STYLE);
    expect(pills.map((p) => p.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Washington, D\.C\., 7,800 km$/)]),
    );
    for (const [i, a] of pills.entries()) {
      expect(a.box.top).toBeGreaterThanOrEqual(STYLE.top);
      expect(a.box.bottom).toBeLessThanOrEqual(STYLE.bottom);
      for (const b of pills.slice(i + 1)) expect(intersects(a.box, b.box)).toBe(false);
      // Names keep off the pills.
      for (const label of placeSceneLabels(scene, STYLE, pills))
        expect(intersects(a.box, label.box), label.text).toBe(false);
    }
  });
});
