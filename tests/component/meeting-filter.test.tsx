import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  journeyButtons,
  releaseIndex,
  renderExplorer,
  textParagraphs,
  urlParams,
} from './render.tsx';

const KYIV = 'kyiv-advisers-2026-01-03';
const PARIS_LEADERS = 'paris-leaders-2026-01-06';
const PARIS_ADVISERS = 'paris-advisers-2026-01-06';

const journeysTo = (meeting: string | null) =>
  releaseIndex().release.journeys.filter((j) => meeting === null || j.to === meeting);

const dimmed = (container: HTMLElement) =>
  [...textParagraphs(container)]
    .filter(([, p]) => p.classList.contains('paragraph--dim'))
    .map(([n]) => n);

describe('meeting filter', () => {
  it('is a combobox labelled "Möte" with "Alla möten" and the three meetings by date', () => {
    renderExplorer('/');
    const filter = screen.getByRole('combobox', { name: 'Möte' });
    const options = within(filter).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Alla möten',
      '3 jan. · Kiev · Säkerhetsrådgivare i Kiev',
      '6 jan. · Paris · Ledarmöte i Paris',
      'ca 6 jan. · Paris · Säkerhetsrådgivare i Paris',
    ]);
    expect(filter).toHaveProperty('value', '');
  });

  it('is labelled "Meeting" in English, with the meetings in English', () => {
    renderExplorer('/?lang=en');
    const filter = screen.getByRole('combobox', { name: 'Meeting' });
    const options = within(filter).getAllByRole('option');
    expect(options[0]?.textContent).toBe('All meetings');
    expect(options[1]?.textContent).toBe('3 Jan · Kyiv · Security advisers in Kyiv');
    expect(options).toHaveLength(4);
  });

  it('narrows the journeys to the Kyiv meeting and writes it in the URL', async () => {
    const { user } = renderExplorer('/?lang=en');
    expect(journeyButtons('Journeys')).toHaveLength(journeysTo(null).length);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Meeting' }), KYIV);

    expect(urlParams().get('meeting')).toBe(KYIV);
    expect(urlParams().get('lang')).toBe('en');
    const buttons = journeyButtons('Journeys');
    expect(buttons).toHaveLength(journeysTo(KYIV).length);
    for (const button of buttons)
      expect(button.textContent).toMatch(/ to Kyiv, Saturday 3 January 2026/);
  });

  it("narrows to the leaders' meeting: the Prime Minister's journey from Stockholm, and its paragraphs", async () => {
    const { user, container } = renderExplorer('/?lang=en');
    expect(dimmed(container)).toEqual([]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Meeting' }), PARIS_LEADERS);

    const buttons = journeyButtons('Journeys');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]?.textContent).toMatch(
      /from Stockholm \(inferred\) to Paris, Tuesday 6 January 2026/,
    );
    // Paragraphs 3 and 4 announce and mention the leaders' meeting; the others are about Kyiv.
    expect(dimmed(container)).toEqual([1, 2, 5, 6]);
    for (const n of [3, 4]) {
      expect(textParagraphs(container).get(n)?.classList.contains('paragraph--focus')).toBe(true);
    }
  });

  it('says so when a meeting has no journeys', async () => {
    const { user } = renderExplorer('/');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Möte' }), PARIS_ADVISERS);
    const region = screen.getByRole('region', { name: 'Resor' });
    expect(within(region).queryAllByRole('button')).toEqual([]);
    expect(within(region).getByText('Inga resor till det här mötet.')).toBeDefined();
  });

  it('shows everything again for "Alla möten", and drops the meeting from the URL', async () => {
    const { user, container } = renderExplorer(`/?meeting=${KYIV}`);
    expect(journeyButtons('Resor')).toHaveLength(journeysTo(KYIV).length);
    expect(dimmed(container).length).toBeGreaterThan(0);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Möte' }), '');

    expect(urlParams().has('meeting')).toBe(false);
    expect(journeyButtons('Resor')).toHaveLength(journeysTo(null).length);
    expect(dimmed(container)).toEqual([]);
  });

  it('clears a selection that belongs to the previous view', async () => {
    const { user } = renderExplorer('/?lang=en&select=journey:nato-to-kyiv');
    expect(screen.getByRole('region', { name: 'NATO' })).toBeDefined();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Meeting' }), PARIS_LEADERS);

    expect(urlParams().has('select')).toBe(false);
    expect(screen.queryByRole('region', { name: 'NATO' })).toBeNull();
  });

  it('hides facts from other sources with the legend switch', async () => {
    const { user } = renderExplorer('/?lang=en');
    const external = releaseIndex().journeys.filter((j) => j.external).length;
    expect(external).toBeGreaterThan(0);

    // The switch sits in the legend, a group named by its heading.
    const legend = screen.getByRole('group', { name: 'Legend' });
    await user.click(
      within(legend).getByRole('checkbox', { name: 'Show facts from other sources' }),
    );

    expect(urlParams().get('external')).toBe('hide');
    expect(journeyButtons('Journeys')).toHaveLength(journeysTo(null).length - external);
    expect(screen.queryByText('From another source')).toBeNull();
  });
});

describe('filter bar', () => {
  it('groups the three filters under "Filter", with a toggle that says how many are set', async () => {
    const { user } = renderExplorer(`/?meeting=${KYIV}`);
    const group = screen.getByRole('group', { name: 'Filter' });
    for (const name of ['Möte', 'Aktör', 'Plats'])
      expect(within(group).getByRole('combobox', { name })).toBeTruthy();
    // The toggle (shown on phones only, by CSS) counts the meeting filter and controls the group.
    const toggle = screen.getByRole('button', { name: 'Filter (1)' });
    expect(toggle.getAttribute('aria-controls')).toBe(group.id);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    await user.selectOptions(within(group).getByRole('combobox', { name: 'Möte' }), '');
    expect(urlParams().get('meeting')).toBeNull();
    expect(screen.getByRole('button', { name: 'Filter' })).toBe(toggle);
  });
});
