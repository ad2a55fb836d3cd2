import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderExplorer, urlParams } from './render.tsx';

const WITKOFF_SV = 'Även det amerikanska sändebudet Steve Witkoff ringde in till delar av mötena.';
const WITKOFF_EN = 'The US envoy Steve Witkoff also called in to parts of the meetings.';

/** The element of a sentence in one language, by its text (trailing space aside). */
function sentence(text: string): HTMLElement {
  const found = [...document.querySelectorAll<HTMLElement>('.release-text .sentence')].find(
    (s) => s.textContent?.trim() === text,
  );
  if (!found) throw new Error(`no sentence “${text}”`);
  return found;
}

const glossText = () => document.querySelector<HTMLElement>('.gloss-text');

const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent?.trim());

describe('side by side, sentences answer each other', () => {
  it('heads each column with its language tag and whether it is the original, in the interface language', () => {
    renderExplorer('/?view=parallel');
    const heads = [...document.querySelectorAll('.column-head')].map((h) => h.textContent);
    expect(heads).toEqual(['SV Original', 'EN Inofficiell översättning']);
    const columns = [...document.querySelectorAll('[data-paragraph="4"] > .column')];
    expect(columns.map((c) => c.getAttribute('lang'))).toEqual(['sv', 'en']);
  });

  it('hovering a Swedish sentence marks its English counterpart, and the other way round', () => {
    renderExplorer('/?view=parallel');
    const sv = sentence(WITKOFF_SV);
    const en = sentence(WITKOFF_EN);
    expect(en.className).not.toContain('sentence--counterpart');

    fireEvent.mouseEnter(sv);
    expect(sv.className).toContain('sentence--active');
    expect(en.className).toContain('sentence--counterpart');
    expect(document.querySelectorAll('.sentence--counterpart')).toHaveLength(1);
    fireEvent.mouseLeave(sv);
    expect(en.className).not.toContain('sentence--counterpart');

    fireEvent.mouseEnter(en);
    expect(sv.className).toContain('sentence--counterpart');
    expect(en.className).not.toContain('sentence--counterpart');
  });

  it('each sentence is described by its counterpart, for a screen reader', () => {
    renderExplorer('/?view=parallel');
    expect(describedBy(sentence(WITKOFF_SV))).toEqual([WITKOFF_EN]);
    expect(describedBy(sentence(WITKOFF_EN))).toEqual([WITKOFF_SV]);
  });

  it('the text is one tab stop; arrow keys move between sentences and across to the counterpart', async () => {
    const { user } = renderExplorer('/?view=parallel');
    const stops = [...document.querySelectorAll('.release-text .sentence')].filter(
      (s) => s.getAttribute('tabindex') === '0',
    );
    expect(stops).toHaveLength(1);

    act(() => sentence(WITKOFF_SV).focus());
    expect(sentence(WITKOFF_EN).className).toContain('sentence--counterpart');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(sentence(WITKOFF_EN));
    expect(sentence(WITKOFF_SV).className).toContain('sentence--counterpart');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toMatch(/^The discussions focused/);
    await user.keyboard('{ArrowUp}{ArrowLeft}');
    expect(document.activeElement).toBe(sentence(WITKOFF_SV));
  });
});

describe('one language: a sentence shows its counterpart on request', () => {
  it('the text says whether it is the original or our translation', () => {
    renderExplorer('/?lang=en');
    expect(document.querySelector('.column-head')?.textContent).toBe('EN Unofficial translation');
  });

  it('Enter on a sentence shows the English right under it, labelled a translation, and says it; Escape hides it', async () => {
    const { user } = renderExplorer('/');
    act(() => sentence(WITKOFF_SV).focus());
    expect(screen.queryByText(WITKOFF_EN)).toBeNull();
    await user.keyboard('{Enter}');

    const gloss = glossText();
    expect(gloss?.textContent).toBe(WITKOFF_EN);
    expect(gloss?.getAttribute('lang')).toBe('en');
    const box = gloss?.closest('.gloss') as HTMLElement;
    expect(box.previousElementSibling).toBe(sentence(WITKOFF_SV));
    expect(within(box).getByText(/Inofficiell översättning/)).toBeDefined();
    expect(describedBy(sentence(WITKOFF_SV))).toEqual([box.textContent?.trim()]);
    // Focus stays on the sentence, so a live region says the counterpart.
    const live = document.querySelector('.release-text [aria-live="polite"]');
    expect(live?.textContent).toBe(`Samma mening på engelska: ${WITKOFF_EN}`);

    await user.keyboard('{Escape}');
    expect(glossText()).toBeNull();
    expect(screen.queryByText(WITKOFF_EN)).toBeNull();
  });

  it('a click shows the Swedish original in English view, and Hide removes it', async () => {
    const { user } = renderExplorer('/?lang=en');
    await user.click(sentence(WITKOFF_EN));
    const gloss = glossText();
    expect(gloss?.textContent).toBe(WITKOFF_SV);
    expect(gloss?.getAttribute('lang')).toBe('sv');
    expect(within(gloss?.closest('.gloss') as HTMLElement).getByText(/Original/)).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(glossText()).toBeNull();
  });

  it('a click on a mention inside the sentence selects it and shows no counterpart', async () => {
    const { user } = renderExplorer('/?lang=en');
    const text = screen.getByRole('complementary', { name: 'Release text' });
    await user.click(
      within(text).getAllByRole('link', { name: 'Steve Witkoff' })[0] as HTMLElement,
    );
    expect(urlParams().get('select')).toBe('actor:witkoff');
    expect(document.querySelector('.gloss')).toBeNull();
  });
});

describe('a citation opened from the details', () => {
  it('goes to the cited sentence in the text, which marks its counterpart side by side', async () => {
    const { user } = renderExplorer('/?lang=en&view=parallel&select=actor:witkoff');
    const panel = screen.getByRole('region', { name: 'Steve Witkoff' });
    await user.click(within(panel).getByRole('button', { name: 'Show in the text (p3.s2)' }));
    expect(document.activeElement).toBe(sentence(WITKOFF_EN));
    expect(sentence(WITKOFF_SV).className).toContain('sentence--counterpart');
  });
});

describe('Follow the text', () => {
  it('is off by default, and its toggle writes follow=text to the URL and back', async () => {
    const { user } = renderExplorer('/');
    const toggle = screen.getByRole('button', { name: 'Följ texten på kartan' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect(urlParams().get('follow')).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await user.click(toggle);
    expect(urlParams().get('follow')).toBeNull();
  });
});
