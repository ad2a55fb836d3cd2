import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/messages.ts';
import { renderExplorer, textParagraphs, urlParams } from './render.tsx';

const TITLE = {
  sv: 'Nationella säkerhetsrådgivare besökte Kiev den 3 januari',
  en: 'National security advisers visited Kyiv on 3 January',
};

/** Interface strings that exist only in Swedish (not names shared by both catalogues). */
const swedishOnly = Object.entries(MESSAGES.sv).flatMap(([key, value]) => {
  const english: unknown = MESSAGES.en[key as keyof typeof MESSAGES.en];
  return typeof value === 'string' && value !== english ? [value] : [];
});

/** Everything a reader sees or hears: each piece of text, accessible names and tooltips. */
function pageWords(): string {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  // The release quoted in its original language is Swedish on purpose, and marked lang="sv".
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'sv')
      texts.push(node.nodeValue ?? '');
  const attributes = [...document.body.querySelectorAll('[aria-label], [title]')].flatMap((el) => [
    el.getAttribute('aria-label') ?? '',
    el.getAttribute('title') ?? '',
  ]);
  return [...texts, ...attributes].join('\n');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const swedishShown = () =>
  swedishOnly.filter((s) =>
    new RegExp(`(?<!\\p{L})${escapeRegExp(s)}(?!\\p{L})`, 'u').test(pageWords()),
  );

const languageGroup = (name: string) => screen.getByRole('group', { name });

describe('language toggle', () => {
  it('is a group named "Språk" whose buttons say which choice is on', () => {
    renderExplorer('/');
    const group = languageGroup('Språk');
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['Svenska', 'true'],
      ['English', 'false'],
      ['Sida vid sida', 'false'],
    ]);
    // Each language is named in itself, and marked so a screen reader pronounces it right.
    expect(within(group).getByRole('button', { name: 'English' })).toHaveProperty('lang', 'en');
    expect(within(group).getByRole('button', { name: 'Svenska' })).toHaveProperty('lang', 'sv');
  });

  it('is named "Language" in English', () => {
    renderExplorer('/?lang=en');
    const group = languageGroup('Language');
    expect(within(group).getByRole('button', { name: 'English', pressed: true })).toBeDefined();
    expect(
      within(group).getByRole('button', { name: 'Side by side', pressed: false }),
    ).toBeDefined();
  });

  it('switches the interface and the text to English, and writes lang=en in the URL', async () => {
    const { user, container } = renderExplorer('/');
    expect(document.documentElement.lang).toBe('sv');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(TITLE.sv);
    expect(swedishShown().length).toBeGreaterThan(5);

    await user.click(within(languageGroup('Språk')).getByRole('button', { name: 'English' }));

    const group = languageGroup('Language');
    expect(
      within(group).getByRole('button', { name: 'English' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(
      within(group).getByRole('button', { name: 'Svenska' }).getAttribute('aria-pressed'),
    ).toBe('false');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(TITLE.en);
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toContain(TITLE.en);
    expect(urlParams().get('lang')).toBe('en');

    // Every block of the release text is English and says so.
    const paragraphs = [...textParagraphs(container).values()];
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const p of paragraphs) {
      const blocks = p.querySelectorAll('[lang]');
      expect(blocks).toHaveLength(1);
      expect(blocks[0]?.getAttribute('lang')).toBe('en');
    }
    expect(textParagraphs(container).get(1)?.textContent).toMatch(
      /^Sweden’s national security adviser Niclas Kvarnström visited Kyiv over the weekend/,
    );

    // The controls, headings, lists and landmarks are English too; no Swedish string is left.
    expect(screen.getByRole('combobox', { name: 'Meeting' })).toBeDefined();
    expect(screen.getByRole('option', { name: 'All meetings' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'Journeys' })).toBeDefined();
    expect(screen.getByRole('complementary', { name: 'Release text' })).toBeDefined();
    expect(screen.getByRole('region', { name: 'Map' })).toBeDefined();
    expect(screen.getByText('Saturday 3 January 2026')).toBeDefined();
    expect(swedishShown()).toEqual([]);
  });

  it('shows both languages side by side, each marked with its language', async () => {
    const { user, container } = renderExplorer('/');
    await user.click(screen.getByRole('button', { name: 'Sida vid sida' }));

    expect(screen.getByRole('button', { name: 'Sida vid sida' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByRole('button', { name: 'Svenska' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(urlParams().get('view')).toBe('parallel');

    const titles = screen.getAllByRole('heading', { level: 1 });
    expect(titles.map((h) => [h.getAttribute('lang'), h.textContent])).toEqual([
      ['sv', TITLE.sv],
      ['en', TITLE.en],
    ]);
    for (const p of textParagraphs(container).values()) {
      const langs = [...p.querySelectorAll('p[lang], blockquote[lang]')].map((b) =>
        b.getAttribute('lang'),
      );
      expect(langs).toEqual(['sv', 'en']);
    }
    // The interface stays Swedish.
    expect(document.documentElement.lang).toBe('sv');
    expect(screen.getByRole('heading', { name: 'Resor' })).toBeDefined();
  });

  it('leaves side by side for one language when a language is chosen', async () => {
    const { user } = renderExplorer('/?view=parallel');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(urlParams().get('view')).toBeNull();
    expect(urlParams().get('lang')).toBe('en');
  });
});
