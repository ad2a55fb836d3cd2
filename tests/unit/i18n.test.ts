import { describe, expect, it } from 'vitest';
import { countryName, formatDate, formatShortDate } from '../../src/i18n/format.ts';
import { MESSAGES, type Messages } from '../../src/i18n/messages.ts';
import { LANGS } from '../../src/model/lang.ts';

type Key = keyof Messages;
const keys = (lang: 'sv' | 'en') => Object.keys(MESSAGES[lang]).sort() as Key[];

/** Calls a message function with distinct placeholder arguments, whatever its parameter types. */
function callWithMarkers(fn: unknown): { result: unknown; markers: string[] } {
  const call = fn as (...args: string[]) => unknown;
  const markers = Array.from({ length: call.length }, (_, i) => `«arg${i}»`);
  return { result: call(...markers), markers };
}

describe('interface catalogues', () => {
  it('have the same keys in Swedish and English', () => {
    expect(keys('sv')).toEqual(keys('en'));
    expect(keys('en').length).toBeGreaterThan(0);
  });

  it.each(LANGS)(
    '%s: every string is non-empty, every function returns a non-empty string',
    (lang) => {
      for (const key of keys(lang)) {
        const value: unknown = MESSAGES[lang][key];
        if (typeof value === 'string') {
          expect(value.trim(), key).not.toBe('');
        } else {
          expect(typeof value, key).toBe('function');
          const { result } = callWithMarkers(value);
          expect(typeof result, key).toBe('string');
          expect(String(result).trim(), key).not.toBe('');
        }
      }
    },
  );

  it.each(LANGS)('%s: every message function uses all of its arguments', (lang) => {
    for (const key of keys(lang)) {
      const value: unknown = MESSAGES[lang][key];
      if (typeof value !== 'function') continue;
      const { result, markers } = callWithMarkers(value);
      for (const marker of markers) expect(String(result), key).toContain(marker);
    }
  });

  it('has the same parameters for a message function in both languages', () => {
    for (const key of keys('en')) {
      const en: unknown = MESSAGES.en[key];
      const sv: unknown = MESSAGES.sv[key];
      expect(typeof sv, key).toBe(typeof en);
      if (typeof en === 'function' && typeof sv === 'function') {
        expect(sv.length, key).toBe(en.length);
      }
    }
  });

  it('translates the labels of the controls', () => {
    const expected: [Key, string, string][] = [
      ['language', 'Språk', 'Language'],
      ['meeting', 'Möte', 'Meeting'],
      ['allMeetings', 'Alla möten', 'All meetings'],
      ['journeys', 'Resor', 'Journeys'],
    ];
    for (const [key, sv, en] of expected) {
      expect(MESSAGES.sv[key], key).toBe(sv);
      expect(MESSAGES.en[key], key).toBe(en);
    }
  });

  it('leaves only names untranslated: the app name, each language named in itself, and “Original”, a Swedish word too', () => {
    const same = keys('en').filter((key) => {
      const [sv, en]: unknown[] = [MESSAGES.sv[key], MESSAGES.en[key]];
      return typeof en === 'string' && sv === en;
    });
    expect(same.sort()).toEqual(['appTitle', 'languageEn', 'languageSv', 'original']);
    expect(MESSAGES.sv.original).toBe('Original');
    expect(MESSAGES.sv.languageSv).toBe('Svenska');
    expect(MESSAGES.en.languageEn).toBe('English');
  });

  it('counts departures in the singular and the plural', () => {
    expect(MESSAGES.en.departuresFrom(1)).toBe('1 departure');
    expect(MESSAGES.en.departuresFrom(3)).toBe('3 departures');
    expect(MESSAGES.sv.departuresFrom(1)).toBe('1 avresa');
    expect(MESSAGES.sv.departuresFrom(3)).toBe('3 avresor');
  });
});

describe('formatDate', () => {
  it('writes the date of the visit with its weekday in each language', () => {
    expect(formatDate('2026-01-03', 'sv')).toBe('lördag 3 januari 2026');
    expect(formatDate('2026-01-03', 'en')).toBe('Saturday 3 January 2026');
  });

  it('leaves out the weekday on request', () => {
    expect(formatDate('2026-01-06', 'sv', false)).toBe('6 januari 2026');
    expect(formatDate('2026-01-06', 'en', false)).toBe('6 January 2026');
  });

  it.each([
    ['Pacific/Kiritimati', -840],
    ['Pacific/Pago_Pago', 660],
    ['Europe/Stockholm', -60],
  ] as const)(
    'keeps the calendar day at the turn of the year for a reader in %s',
    (zone, offsetMinutes) => {
      const before = process.env.TZ;
      process.env.TZ = zone;
      try {
        // The time zone really changed: UTC+14 and UTC−11 disagree about today's date at noon UTC.
        expect(new Date('2026-01-01T12:00:00Z').getTimezoneOffset()).toBe(offsetMinutes);
        expect(formatDate('2025-12-31', 'en')).toBe('Wednesday 31 December 2025');
        expect(formatDate('2026-01-01', 'sv')).toBe('torsdag 1 januari 2026');
        expect(formatShortDate('2026-01-01', 'en')).toBe('1 Jan');
      } finally {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      }
    },
  );
});

describe('formatShortDate', () => {
  it('writes day and abbreviated month', () => {
    expect(formatShortDate('2026-01-03', 'sv')).toBe('3 jan.');
    expect(formatShortDate('2026-01-03', 'en')).toBe('3 Jan');
  });
});

describe('countryName', () => {
  it('names countries in the interface language', () => {
    expect(countryName('SE', 'sv')).toBe('Sverige');
    expect(countryName('SE', 'en')).toBe('Sweden');
    expect(countryName('UA', 'sv')).toBe('Ukraina');
    expect(countryName('UA', 'en')).toBe('Ukraine');
    expect(countryName('DE', 'sv')).toBe('Tyskland');
    expect(countryName('NL', 'en')).toBe('Netherlands');
  });
});
