import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderExplorer, urlParams } from './render.tsx';

// Sentences of the release in Swedish, the original, and in our English translation.
const WITKOFF_CALLED_SV =
  'Även det amerikanska sändebudet Steve Witkoff ringde in till delar av mötena.';
// The release writes a no-break space after "Kvarnström".
const KVARNSTROM_VISITED_SV =
  'Sveriges nationella säkerhetsrådgivare Niclas Kvarnström\u00a0besökte under helgen Kiev tillsammans med en grupp europeiska nationella säkerhetsrådgivare från femton länder samt NATO och EU.';
const WITKOFF_CALLED = 'The US envoy Steve Witkoff also called in to parts of the meetings.';
const KVARNSTROM_VISITED =
  'Sweden’s national security adviser Niclas Kvarnström visited Kyiv over the weekend together with a group of European national security advisers from fifteen countries, as well as NATO and the EU.';

const details = (name: string | RegExp) => screen.getByRole('region', { name });
const journeys = () => screen.getByRole('region', { name: 'Journeys' });

describe('mentions in the text', () => {
  it('selects what they name, in the URL, and open its details with the source sentence', async () => {
    const { user } = renderExplorer('/?lang=en');
    const text = screen.getByRole('complementary', { name: 'Release text' });
    await user.click(within(text).getByRole('link', { name: 'Steve Witkoff' }));

    expect(urlParams().get('select')).toBe('actor:witkoff');
    expect(urlParams().get('lang')).toBe('en');
    const panel = details('Steve Witkoff');
    expect(within(panel).getByRole('heading', { name: 'Source sentence' })).toBeDefined();
    // The release's own words first, in Swedish; then our translation, labelled as such.
    const quotes = [...panel.querySelectorAll('blockquote')].map((q) => [
      q.getAttribute('lang'),
      q.textContent,
    ]);
    expect(quotes).toEqual([
      ['sv', WITKOFF_CALLED_SV],
      ['en', WITKOFF_CALLED],
    ]);
    expect(within(panel).getByText('Original in Swedish')).toBeDefined();
    expect(within(panel).getByText('Unofficial translation by the diplomap editors')).toBeDefined();
    expect(within(panel).getByText('US envoy')).toBeDefined();

    // The sentence is marked in the text too.
    const marked = [...document.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marked).toContain(WITKOFF_CALLED);
  });

  it('are real links to the same view with the selection, for a new tab or a copied link', () => {
    renderExplorer('/?lang=en&meeting=kyiv-advisers-2026-01-03');
    const link = screen.getAllByRole('link', { name: 'Steve Witkoff' })[0];
    const params = new URLSearchParams(link?.getAttribute('href') ?? '');
    expect(params.get('select')).toBe('actor:witkoff');
    expect(params.get('lang')).toBe('en');
    expect(params.get('meeting')).toBe('kyiv-advisers-2026-01-03');
  });

  it('describe a delegation by the number of countries the release gives', async () => {
    const { user } = renderExplorer('/?lang=en');
    await user.click(
      screen.getByRole('link', {
        name: 'a group of European national security advisers from fifteen countries',
      }),
    );
    expect(urlParams().get('select')).toBe('delegation:adviser-group');
    const panel = details(/national security advisers from fifteen countries/);
    expect(within(panel).getByText('15 countries')).toBeDefined();
  });
});

describe('the journey list', () => {
  it('opens a journey: traveller, inferred origin with its reason, source sentence', async () => {
    const { user } = renderExplorer('/?lang=en');
    const button = within(journeys()).getByRole('button', {
      name: /^Niclas Kvarnström, from Stockholm \(inferred\) to Kyiv/,
    });
    expect(button.getAttribute('aria-pressed')).toBe('false');

    await user.click(button);

    expect(urlParams().get('select')).toBe('journey:kvarnstrom-to-kyiv');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    const panel = details('Niclas Kvarnström');
    expect(within(panel).getByText('inferred')).toBeDefined();
    expect(
      within(panel).getByText(
        'Inferred: the seat of government. The release does not say where the journey began.',
      ),
    ).toBeDefined();
    expect(within(panel).getByText('Saturday 3 January 2026')).toBeDefined();
    expect([...panel.querySelectorAll('blockquote')].map((q) => q.textContent)).toEqual([
      KVARNSTROM_VISITED_SV,
      KVARNSTROM_VISITED,
    ]);
  });

  it('describes an adviser the release does not name by role and country, citing the other source', async () => {
    const { user } = renderExplorer('/?lang=en');
    await user.click(
      within(journeys()).getByRole('button', { name: /, from Berlin \(inferred\) to Kyiv/ }),
    );

    const panel = details('National security adviser, Germany');
    expect(within(panel).getByText(/not named in the release/)).toBeDefined();
    expect(within(panel).getByRole('heading', { name: 'From another source' })).toBeDefined();
    const link = within(panel).getByRole('link', {
      name: 'National security advisors from European countries arrive in Kyiv',
    });
    expect(link.getAttribute('href')).toBe('https://en.interfax.com.ua/news/general/1133422.html');
    expect(within(panel).queryByRole('heading', { name: 'Source sentence' })).toBeNull();
  });

  it('closes the details with Escape, and clears the selection from the URL', async () => {
    const { user } = renderExplorer('/?lang=en');
    await user.click(within(journeys()).getByRole('button', { name: /^NATO, from Brussels/ }));
    expect(details('NATO')).toBeDefined();

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('region', { name: 'NATO' })).toBeNull();
    expect(urlParams().has('select')).toBe(false);
    expect(urlParams().get('lang')).toBe('en');
    expect(document.querySelectorAll('mark')).toHaveLength(0);
  });

  it('closes the details with the Close button', async () => {
    const { user } = renderExplorer('/?lang=en&select=journey:witkoff-calls-kyiv');
    const panel = details('Steve Witkoff');
    expect(within(panel).getByText('remote')).toBeDefined();

    await user.click(within(panel).getByRole('button', { name: 'Close details' }));

    expect(screen.queryByRole('region', { name: 'Steve Witkoff' })).toBeNull();
    expect(urlParams().has('select')).toBe(false);
  });
});

describe('focus follows the details', () => {
  it('moves to the details heading when a journey is opened, and back when they close', async () => {
    const { user } = renderExplorer('/?lang=en');
    const opener = within(journeys()).getByRole('button', { name: /^NATO, from Brussels/ });
    await user.click(opener);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'NATO' }));
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(
      within(journeys()).getByRole('button', { name: /^NATO, from Brussels/ }),
    );
  });
});
