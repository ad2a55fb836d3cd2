/**
 * The archive on the fixture corpus: the release picker as a searchable combobox, the actor and
 * place filters in a release and in the overview, the overview's date range and summary, and
 * every filter's round trip through the URL with Back and Forward.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { setupBrowser } from './harness.ts';

const { open } = setupBrowser({ releases: 'tests/fixtures/corpus' });

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const h1 = (page: Page) => page.locator('h1').first().textContent();
const STOCKHOLM = '2673730';

/** Presses Tab until the combobox has focus: the picker is reached from the keyboard alone. */
async function tabToPicker(page: Page): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'combobox'))
      return;
  }
  throw new Error('Tab never reached the release picker');
}

/** The options of the picker's list (the filters' native selects have options too). */
const optionTexts = (page: Page) =>
  page.locator('[role="listbox"] [role="option"]').allTextContents();

test('the picker finds a release by place, person or country in English, from the keyboard alone', async () => {
  const { page, errors } = await open('?lang=en');
  await tabToPicker(page);
  const picker = page.getByRole('combobox', { name: 'Release', exact: true });
  expect(await picker.getAttribute('aria-expanded')).toBe('false');
  await page.keyboard.type('estonia');
  expect(await picker.getAttribute('aria-expanded')).toBe('true');
  await expect
    .poll(() => optionTexts(page))
    .toEqual([
      'All releases (overview)',
      '5 Mar · The Prime Minister held a video meeting and received Estonia’s Prime Minister',
    ]);
  // Grouped by year with the count; the count of matches is announced.
  const group = page.getByRole('group', { name: '2026 (1)' });
  expect(await group.getByRole('option').count()).toBe(1);
  expect(await page.locator('.release-picker [aria-live]').textContent()).toBe(
    '1 release matches.',
  );
  // ArrowDown moves the active option (aria-activedescendant) past the overview; Enter opens it.
  await page.keyboard.press('ArrowDown');
  const active = await picker.getAttribute('aria-activedescendant');
  expect(await page.locator(`[id="${active}"]`).textContent()).toMatch(/^5 Mar/);
  expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => h1(page))
    .toBe('The Prime Minister held a video meeting and received Estonia’s Prime Minister');
  expect(param(page, 'release')).toBe('2026-03-05-nordic-video');
  expect(await picker.getAttribute('aria-expanded')).toBe('false');
  // A person (by role) and a date word find releases too; words match at their start only.
  await picker.fill('defence');
  await expect.poll(() => optionTexts(page)).toHaveLength(2);
  await picker.fill('february');
  await expect
    .poll(() => optionTexts(page))
    .toEqual(['All releases (overview)', '10 Feb · The Foreign Minister visited Berlin']);
  await picker.fill('efence');
  await expect.poll(() => optionTexts(page)).toEqual(['All releases (overview)']);
  // Escape closes the list, a second Escape restores the open release's name.
  await page.keyboard.press('Escape');
  expect(await picker.getAttribute('aria-expanded')).toBe('false');
  await page.keyboard.press('Escape');
  expect(await picker.inputValue()).toMatch(/^5 Mar · The Prime Minister/);
  expect(errors).toEqual([]);
});

test('the picker searches in Swedish and reaches the overview in one choice', async () => {
  const { page } = await open();
  const picker = page.getByRole('combobox', { name: 'Pressmeddelande', exact: true });
  await picker.fill('tyskland');
  await expect
    .poll(() => optionTexts(page))
    .toEqual(['Alla pressmeddelanden (översikt)', '10 feb. · Utrikesministern besökte Berlin']);
  expect(await page.locator('.release-picker [aria-live]').textContent()).toBe(
    '1 pressmeddelande matchar.',
  );
  await picker.fill('polen');
  await expect.poll(() => optionTexts(page)).toHaveLength(2);
  // The overview is the first option: one ArrowDown on a closed list, then Enter... or a click.
  await picker.fill('');
  await page.locator('[role="listbox"] [role="option"]').first().click();
  await expect.poll(() => h1(page)).toBe('Alla pressmeddelanden');
  expect(param(page, 'release')).toBe('all');
});

test('the actor filter narrows a release’s map, list and text, with Clear, Back and Forward', async () => {
  const { page, errors } = await open('?release=2026-03-05-nordic-video&lang=en');
  const journeys = page.getByRole('region', { name: 'Journeys' }).getByRole('listitem');
  const arcs = page.locator('path[data-journey]:visible');
  await expect.poll(() => journeys.count()).toBe(3);
  const actor = page.getByLabel('Actor', { exact: true });
  // Countries are offered under their own heading.
  expect(await actor.locator('optgroup[label="Countries"] option').allTextContents()).toContain(
    'Estonia',
  );
  await actor.selectOption('country:ee');
  await expect.poll(() => param(page, 'actor')).toBe('country:ee');
  await expect.poll(() => journeys.count()).toBe(1);
  await expect.poll(() => arcs.count()).toBe(1);
  expect(await journeys.first().textContent()).toMatch(/^Estonia’s Prime Minister/);
  // The text keeps the paragraph that states the journey.
  expect(await page.locator('.paragraph--focus').count()).toBeGreaterThan(0);
  const clear = page.getByRole('button', { name: 'Clear the actor filter' });
  expect(await clear.textContent()).toBe('Clear');
  await clear.click();
  await expect.poll(() => journeys.count()).toBe(3);
  expect(param(page, 'actor')).toBeNull();
  expect(await clear.count()).toBe(0);
  await page.goBack();
  await expect.poll(() => journeys.count()).toBe(1);
  expect(await actor.inputValue()).toBe('country:ee');
  await page.goForward();
  await expect.poll(() => journeys.count()).toBe(3);
  expect(await actor.inputValue()).toBe('');
  expect(errors).toEqual([]);
});

test('the place filter narrows a release, AND-combined with the actor and meeting filters', async () => {
  const { page } = await open('?release=2026-04-20-baltic-tour&lang=en');
  const journeys = page.getByRole('region', { name: 'Journeys' }).getByRole('listitem');
  await page.getByLabel('Place', { exact: true }).selectOption('vilnius');
  await expect.poll(() => journeys.count()).toBe(2);
  await page.getByLabel('Actor', { exact: true }).selectOption('state-secretary');
  await expect.poll(() => page.getByText('No journeys match the filters.').count()).toBe(1);
  await page.goBack();
  await expect.poll(() => journeys.count()).toBe(2);
  await page.getByLabel('Meeting', { exact: true }).selectOption('riga-2026-04-21');
  await expect.poll(() => journeys.count()).toBe(1);
  expect(await journeys.first().textContent()).toMatch(/from Vilnius to Riga/);
  expect([param(page, 'place'), param(page, 'meeting')]).toEqual(['vilnius', 'riga-2026-04-21']);
});

test('a release opened from a URL with every filter shows them set; a bad value says so', async () => {
  const { page } = await open(
    '?release=2026-04-20-baltic-tour&lang=en&actor=defence-minister&place=riga&meeting=riga-2026-04-21',
  );
  const journeys = page.getByRole('region', { name: 'Journeys' }).getByRole('listitem');
  await expect.poll(() => journeys.count()).toBe(1);
  expect(await page.getByLabel('Actor', { exact: true }).inputValue()).toBe('defence-minister');
  expect(await page.getByLabel('Place', { exact: true }).inputValue()).toBe('riga');
  const bad = await open('?release=2026-04-20-baltic-tour&lang=en&actor=country:jp&place=oslo');
  // Quoted values are isolated (U+2068…U+2069) from the text around them; read without.
  const notice = async () =>
    ((await bad.page.getByRole('status').first().textContent()) ?? '').replace(
      /[\u2068\u2069]/g,
      '',
    );
  await expect
    .poll(notice)
    .toContain('There is no actor “country:jp” to filter by; showing everyone.');
  expect(await notice()).toContain('There is no place “oslo” to filter by; showing all places.');
  await expect
    .poll(() => bad.page.getByRole('region', { name: 'Journeys' }).getByRole('listitem').count())
    .toBe(3);
});

const summaryCounts = (page: Page) =>
  page
    .getByRole('region', { name: 'Summary' })
    .locator('.overview-summary__counts li')
    .allTextContents();

test('the overview’s actor and place filters narrow the summary, with Clear, Back and Forward', async () => {
  const { page, errors } = await open('?release=all&lang=en');
  await expect.poll(() => summaryCounts(page)).toEqual(['3 releases', '8 journeys', '8 places']);
  await page.getByLabel('Actor', { exact: true }).selectOption('country:ee');
  await expect.poll(() => summaryCounts(page)).toEqual(['1 release', '1 journey', '2 places']);
  expect(param(page, 'actor')).toBe('country:ee');
  await page.getByRole('button', { name: 'Clear the actor filter' }).click();
  await expect.poll(() => summaryCounts(page)).toEqual(['3 releases', '8 journeys', '8 places']);
  // A destination in the summary links to its place filter.
  await page
    .getByRole('region', { name: 'Summary' })
    .getByRole('link', { name: 'Stockholm', exact: true })
    .click();
  await expect.poll(() => param(page, 'place')).toBe(STOCKHOLM);
  await expect.poll(() => summaryCounts(page)).toEqual(['3 releases', '7 journeys', '7 places']);
  expect(await page.getByLabel('Place', { exact: true }).inputValue()).toBe(STOCKHOLM);
  await page.goBack();
  await expect.poll(() => summaryCounts(page)).toEqual(['3 releases', '8 journeys', '8 places']);
  await page.goBack();
  await expect.poll(() => summaryCounts(page)).toEqual(['1 release', '1 journey', '2 places']);
  await page.goForward();
  await page.goForward();
  await expect.poll(() => param(page, 'place')).toBe(STOCKHOLM);
  await expect.poll(() => summaryCounts(page)).toEqual(['3 releases', '7 journeys', '7 places']);
  // The counts link to what they count.
  const links = page.getByRole('region', { name: 'Summary' }).getByRole('link', { name: /^\d+ / });
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
    '#overview-releases',
    '#routes-heading',
    '#overview-places',
  ]);
  expect(errors).toEqual([]);
});

test('the overview’s date range is set from the keyboard and by dragging, and goes in the URL', async () => {
  const { page, errors } = await open('?release=all&lang=en');
  const range = page.getByRole('group', { name: 'Date range' });
  const from = range.getByRole('slider', { name: 'From' });
  expect(await from.getAttribute('aria-valuetext')).toBe('February 2026');
  // Three months of bars: each is named under its bar, with the year below.
  const ticks = (row: string) => range.locator(`.date-range__${row} span`).allTextContents();
  await expect.poll(() => ticks('months')).toEqual(['Feb', 'Mar', 'Apr']);
  expect(await ticks('years')).toEqual(['2026']);
  await from.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => param(page, 'from')).toBe('2026-03');
  expect(await from.getAttribute('aria-valuetext')).toBe('March 2026');
  await expect.poll(() => summaryCounts(page)).toEqual(['2 releases', '6 journeys', '7 places']);
  expect(await range.locator('output').textContent()).toBe('March 2026 – April 2026');
  const to = range.getByRole('slider', { name: 'To' });
  await to.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => param(page, 'to')).toBe('2026-03');
  await expect.poll(() => summaryCounts(page)).toEqual(['1 release', '3 journeys', '4 places']);
  await page.goBack();
  await expect.poll(() => param(page, 'to')).toBeNull();
  expect(param(page, 'from')).toBe('2026-03');
  await page.goForward();
  await expect.poll(() => param(page, 'to')).toBe('2026-03');
  await range.getByRole('button', { name: 'Clear the date range filter' }).click();
  await expect.poll(() => [param(page, 'from'), param(page, 'to')]).toEqual([null, null]);
  // Dragging across the bars from the first month to the second.
  const bars = page.locator('.date-range__bars');
  const box = await bars.boundingBox();
  if (!box) throw new Error('no bars');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 6, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, y, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => [param(page, 'from'), param(page, 'to')]).toEqual([null, '2026-03']);
  await expect.poll(() => summaryCounts(page)).toEqual(['2 releases', '5 journeys', '5 places']);
  expect(errors).toEqual([]);
});

test('with an actor chosen, the date range shows dark the releases of each month that have them', async () => {
  const { page, errors } = await open('?release=all&lang=en');
  const bars = page.locator('.date-range__bar');
  await expect.poll(() => bars.count()).toBe(3);
  expect(await page.locator('.date-range__match').count()).toBe(0);
  expect(await page.locator('.date-range__key').count()).toBe(0);

  // Sweden's journeys are in the February and April releases, none in March's.
  await page.getByLabel('Actor', { exact: true }).selectOption('country:se');
  await expect
    .poll(() => bars.evaluateAll((all) => all.map((bar) => bar.children.length)))
    .toEqual([1, 0, 1]);
  expect(await bars.evaluateAll((all) => all.map((bar) => bar.getAttribute('title')))).toEqual([
    'February 2026: 1 release, 1 with the actor or place chosen',
    'March 2026: 1 release, 0 with the actor or place chosen',
    'April 2026: 1 release, 1 with the actor or place chosen',
  ]);
  expect(await page.locator('.date-range__key').textContent()).toBe(
    'Dark: the releases with the actor or place chosen',
  );

  await page.getByRole('button', { name: 'Clear the actor filter' }).click();
  await expect.poll(() => page.locator('.date-range__match').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('the overview opened from a URL with every filter shows them set, in Swedish', async () => {
  const { page } = await open(
    `?release=all&actor=country:se&place=${STOCKHOLM}&from=2026-04&to=2026-04`,
  );
  await expect
    .poll(() =>
      page
        .getByRole('region', { name: 'Sammanfattning' })
        .locator('.overview-summary__counts li')
        .allTextContents(),
    )
    .toEqual(['1 pressmeddelande', '2 resor', '3 platser']);
  expect(await page.getByLabel('Aktör', { exact: true }).inputValue()).toBe('country:se');
  expect(await page.getByLabel('Plats', { exact: true }).inputValue()).toBe(STOCKHOLM);
  const range = page.getByRole('group', { name: 'Datumintervall' });
  expect(await range.locator('output').textContent()).toBe('april 2026 – april 2026');
  for (const name of ['Rensa filtret aktör', 'Rensa filtret plats', 'Rensa filtret datumintervall'])
    expect(await page.getByRole('button', { name }).count()).toBe(1);
});

test('the overview opened from a URL it cannot answer says so, shows everything and writes a clean URL', async () => {
  const { page, errors } = await open(
    '?release=all&lang=en&actor=bogus&place=nonsense&from=2099-01',
  );
  const notices = page.getByRole('status').filter({ hasText: 'There is no' });
  await expect
    .poll(() => notices.locator('li').allTextContents())
    .toEqual([
      'There is no actor “bogus” to filter by; showing everyone.',
      'There is no place “nonsense” to filter by; showing all places.',
      '“2099-01–” is not a range of months; showing all dates.',
    ]);
  // The controls and the counts agree: nothing is filtered.
  await expect.poll(() => summaryCounts(page)).toEqual(['3 releases', '8 journeys', '8 places']);
  expect(await page.getByLabel('Actor', { exact: true }).inputValue()).toBe('');
  expect(await page.getByLabel('Place', { exact: true }).inputValue()).toBe('');
  expect(await page.getByRole('button', { name: /^Clear the/ }).count()).toBe(0);
  // The next change keeps none of what was dropped.
  await page.getByLabel('Actor', { exact: true }).selectOption('country:ee');
  await expect.poll(() => param(page, 'actor')).toBe('country:ee');
  expect(['place', 'from', 'to'].map((name) => param(page, name))).toEqual([null, null, null]);
  expect(errors).toEqual([]);
});
