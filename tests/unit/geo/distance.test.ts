import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../geo/distance.ts';

describe('distanceKm', () => {
  it('is zero for the same point and symmetric', () => {
    const a = { lat: 59.33, lon: 18.07 };
    const b = { lat: 50.45, lon: 30.52 };
    expect(distanceKm(a, a)).toBe(0);
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
  });

  it('matches known great-circle distances', () => {
    // One degree of latitude ≈ 111.2 km; Stockholm–Kyiv ≈ 1,270 km.
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.19, 1);
    const stockholmKyiv = distanceKm(
      { lat: 59.32938, lon: 18.06871 },
      { lat: 50.45466, lon: 30.5238 },
    );
    expect(stockholmKyiv).toBeGreaterThan(1250);
    expect(stockholmKyiv).toBeLessThan(1290);
  });

  it('handles antipodes and the antimeridian', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(
      Math.PI * 6371.0088,
      3,
    );
    expect(distanceKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeCloseTo(111.19, 1);
  });
});
