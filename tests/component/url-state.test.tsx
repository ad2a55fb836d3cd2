import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { journeyButtons, releaseIndex, renderExplorer, urlParams } from './render.tsx';

const KYIV = 'kyiv-advisers-2026-01-03';
const PARIS_LEADERS = 'paris-leaders-2026-01-06';
const ALL_JOURNEYS = () => releaseIndex().release.journeys.length;
const notices = () => screen.getByRole('status');
/** A notice by its whole text: the value from the URL sits in a <bdi> of its own. */
const notice = (text: string) =>
  within(notices()).getByText((_, el) => el?.tagName === 'LI' && el.textContent === text);

describe('a link opens the view it names', () => {
  it('with language, meeting and selection', () => {
    renderExplorer(`/?lang=en&meeting=${PARIS_LEADERS}&select=journey:swedish-pm-to-paris`);
    expect(screen.getByRole('combobox', { name: 'Meeting' })).toHaveProperty(
      'value',
      PARIS_LEADERS,
    );
    const [only, ...rest] = journeyButtons('Journeys');
    expect(rest).toEqual([]);
    expect(only?.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Source sentence' })).toBeDefined();
    expect(notices().textContent).toBe('');
  });
});

describe('a URL the release cannot show', () => {
  it('opens the default view for an unknown meeting, and says why', async () => {
    const { user } = renderExplorer('/?lang=en&meeting=oslo-summit');
    expect(screen.getByRole('combobox', { name: 'Meeting' })).toHaveProperty('value', '');
    expect(journeyButtons('Journeys')).toHaveLength(ALL_JOURNEYS());
    expect(notice('There is no meeting “oslo-summit”; showing all meetings.')).toBeDefined();

    await user.click(within(notices()).getByRole('button', { name: 'Dismiss' }));
    expect(notices().textContent).toBe('');
  });

  it('selects nothing for an unknown selection, and says why', () => {
    renderExplorer('/?lang=en&select=journey:nobody-to-nowhere');
    expect(
      notice('Nothing called “journey:nobody-to-nowhere” to select; nothing is selected.'),
    ).toBeDefined();
    expect(screen.queryByRole('heading', { name: 'Source sentence' })).toBeNull();
    for (const button of journeyButtons('Journeys')) {
      expect(button.getAttribute('aria-pressed')).toBe('false');
    }
  });

  it('speaks Swedish for an unknown language, and says so in Swedish', () => {
    renderExplorer('/?lang=de');
    expect(document.documentElement.lang).toBe('sv');
    expect(notice('Okänt språk ”de”; svenska visas.')).toBeDefined();
  });

  it('keeps an English page in English for an unknown language, and says so in English', () => {
    const id = releaseIndex().release.id;
    renderExplorer(`/r/${id}/en/?lang=de`);
    expect(document.documentElement.lang).toBe('en');
    expect(notice('Unknown language “de”; showing English.')).toBeDefined();
  });

  it('says so in the embed layout too, which shows all meetings', () => {
    const id = releaseIndex().release.id;
    const { container } = renderExplorer(`/r/${id}/embed/?meeting=nonsense`);
    expect(container.querySelector('.app--embed')).not.toBeNull();
    expect(notice('Det finns inget möte ”nonsense”; alla möten visas.')).toBeDefined();
  });

  it('shortens a very long value in the notice', () => {
    renderExplorer(`/?meeting=${'a'.repeat(300)}`);
    expect(notice(`Det finns inget möte ”${'a'.repeat(60)}…”; alla möten visas.`)).toBeDefined();
  });

  it('writes a clean URL on the next change', async () => {
    const { user } = renderExplorer('/?meeting=oslo-summit&select=place:atlantis&view=sideways');
    await user.click(screen.getByRole('button', { name: 'English' }));
    // The release is written too, so the link keeps showing it after newer releases arrive.
    expect(window.location.search).toBe('?release=2026-01-03-kyiv-security-advisers&lang=en');
    expect(notices().textContent).toBe('');
  });
});

describe('Back and Forward', () => {
  it('step through the changes of the view', async () => {
    const { user } = renderExplorer('/?lang=en');
    const filter = () => screen.getByRole('combobox', { name: 'Meeting' });

    await user.selectOptions(filter(), KYIV);
    await user.click(
      within(screen.getByRole('region', { name: 'Journeys' })).getByRole('button', {
        name: /^EU, from Brussels/,
      }),
    );
    expect(urlParams().get('select')).toBe('journey:eu-to-kyiv');
    expect(screen.getByRole('region', { name: 'EU' })).toBeDefined();

    window.history.back();
    await waitFor(() => expect(urlParams().has('select')).toBe(false));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'EU' })).toBeNull());
    expect(filter()).toHaveProperty('value', KYIV);

    window.history.back();
    await waitFor(() => expect(filter()).toHaveProperty('value', ''));
    expect(journeyButtons('Journeys')).toHaveLength(ALL_JOURNEYS());
    expect(document.documentElement.lang).toBe('en');

    window.history.forward();
    await waitFor(() => expect(filter()).toHaveProperty('value', KYIV));
    expect(journeyButtons('Journeys').length).toBeLessThan(ALL_JOURNEYS());
  });

  it('restore the language', async () => {
    const { user } = renderExplorer('/');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');

    window.history.back();
    await waitFor(() => expect(document.documentElement.lang).toBe('sv'));
    expect(screen.getByRole('group', { name: 'Språk' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Svenska' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });
});
