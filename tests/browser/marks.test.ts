/**
 * Issue 10, as a journalist meets it: the approximate, inferred date of the follow-up meeting,
 * the translation labelled as ours, and a fact from another source hidden with the others.
 */
import { expect, test } from 'vitest';
import { MESSAGES } from '../../src/i18n/messages.ts';
import { setupBrowser } from './harness.ts';
import { mapReady } from './map-helpers.ts';

const { open } = setupBrowser();
const FOLLOW_UP = 'paris-advisers-2026-01-06';

test('the follow-up meeting is dated "around" 6 January, marked inferred and approximate, with the reason', async () => {
  const { page, errors } = await open(`?lang=en&select=meeting:${FOLLOW_UP}`);
  await mapReady(page);
  const details = page.getByRole('region', {
    name: 'Follow-up meeting of national security advisers',
  });
  await details.waitFor();
  const when = details.locator('dt', { hasText: 'When' }).locator('xpath=following-sibling::dd[1]');
  expect(await when.innerText()).toMatch(
    /^around Tuesday 6 January 2026 \(planned at the time of the release\)/,
  );
  expect(await when.locator('.badge').allTextContents()).toEqual(['inferred', 'approximate']);
  expect(await when.innerText()).toContain(
    '“on Tuesday” belongs to the leaders’ meeting on 6 January',
  );
  const where = details
    .locator('dt', { hasText: 'Where' })
    .locator('xpath=following-sibling::dd[1]');
  expect(await where.locator('.badge').allTextContents()).toEqual(['inferred']);
  // Ukraine's 7 January comes from another source, named with its real headline.
  expect(await details.innerText()).toContain(
    'Ukraine announced the advisers’ meeting for 7 January',
  );
  expect(
    await details
      .getByRole('link', {
        name: 'National security advisors from European countries arrive in Kyiv',
      })
      .isVisible(),
  ).toBe(true);
  // The timeline says so too; the leaders' meeting, whose date the release states, does not.
  expect(
    await page.getByRole('button', { name: /c\. 6 Jan · Security advisers in Paris/ }).count(),
  ).toBe(1);
  expect(await page.getByRole('button', { name: /^6 Jan · Leaders in Paris/ }).count()).toBe(1);
  expect(errors).toEqual([]);
});

test('in Swedish the date reads "omkring" and the marks are Swedish', async () => {
  const { page, errors } = await open(`?select=meeting:${FOLLOW_UP}`);
  await mapReady(page);
  const details = page.getByRole('region', {
    name: 'Uppföljande möte för nationella säkerhetsrådgivare',
  });
  await details.waitFor();
  const when = details.locator('dt', { hasText: 'När' }).locator('xpath=following-sibling::dd[1]');
  expect(await when.innerText()).toMatch(/^omkring tisdag 6 januari 2026/);
  expect(await when.locator('.badge').allTextContents()).toEqual(['härlett', 'ungefärligt']);
  expect(errors).toEqual([]);
});

test('the English text is labelled as our unofficial translation; the Swedish as the original', async () => {
  const { page, errors } = await open('?lang=en');
  await mapReady(page);
  const header = page.locator('.release-header');
  expect(
    await header.getByText(MESSAGES.en.translationBy('the diplomap editors')).isVisible(),
  ).toBe(true);
  expect(await header.innerText()).toContain('Publication date not known');
  await page.getByRole('button', { name: 'Side by side' }).click();
  expect(await header.getByText('Original in Swedish').isVisible()).toBe(true);
  expect(errors).toEqual([]);
});

test('the Prime Minister’s journey: in person is marked as a reading of "takes part"', async () => {
  const { page, errors } = await open('?lang=en&select=journey:swedish-pm-to-paris');
  await mapReady(page);
  const details = page.getByRole('region', { name: 'Sweden’s Prime Minister' });
  await details.waitFor();
  const how = details.locator('dt', { hasText: 'How' }).locator('xpath=following-sibling::dd[1]');
  expect(await how.locator('.badge').allTextContents()).toEqual(['inferred']);
  expect(await how.innerText()).toContain('says only that the Prime Minister takes part');
  // The journey list and the arc on the map carry the same words.
  const item = page.getByRole('region', { name: 'Journeys', exact: true }).getByRole('button', {
    name: /^Sweden’s Prime Minister, from Stockholm \(inferred\) to Paris, .*, travel \(inferred\)$/,
  });
  expect(await item.count()).toBe(1);
  expect(errors).toEqual([]);
});

test('the EU note from Interfax-Ukraine is shown as another source’s, and hidden with the others', async () => {
  const { page, errors } = await open('?lang=en&select=actor:eu');
  await mapReady(page);
  const details = page.getByRole('region', { name: 'EU' });
  await details.waitFor();
  const note = details.getByText(/represented by the European Council and the European Commission/);
  expect(await note.isVisible()).toBe(true);
  expect(await details.locator('.source-external h3').textContent()).toBe('From another source');
  await page.getByRole('checkbox', { name: 'Show facts from other sources' }).uncheck();
  await expect.poll(() => note.count()).toBe(0);
  // The release's own sentence stays.
  expect(await details.locator('blockquote[lang="sv"]').count()).toBe(1);
  expect(errors).toEqual([]);
});
