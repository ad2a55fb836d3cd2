import { describe, expect, it } from 'vitest';
import { headHtml, meetingEvents, releaseHead } from '../../../src/publish/head.ts';
import { indexFirstRelease } from '../support/real-release.ts';

const index = indexFirstRelease();
const site = { base: '/diplomap/', origin: 'https://example.org' };
const image = { path: '/diplomap/share/x.en.png', width: 1200, height: 630 };

describe('releaseHead', () => {
  it('gives the page its title, description, canonical address and alternates', () => {
    const head = releaseHead(index, 'en', site, image);
    expect(head.title).toBe(`${index.release.text.en.title.text} – diplomap`);
    expect(head.description).toMatch(
      /^Saturday 3 January 2026\. The map shows 19 journeys to 3 meetings: Security advisers in Kyiv, 3 January 2026 \(held\); /,
    );
    // The follow-up meeting has no date of its own in the release: the card does not state one.
    expect(head.description).toContain(
      'Security advisers in Paris, around 6 January 2026 (inferred; planned at the time of the release).',
    );
    const links = head.tags.filter((t) => t.tag === 'link').map((t) => t.attrs);
    const page = `https://example.org/diplomap/r/${index.release.id}/`;
    expect(links).toContainEqual({ rel: 'canonical', href: `${page}en/` });
    expect(links).toContainEqual({ rel: 'alternate', hreflang: 'sv', href: page });
    expect(links).toContainEqual({ rel: 'alternate', hreflang: 'en', href: `${page}en/` });
  });

  it('describes the page in Swedish on the Swedish page', () => {
    const head = releaseHead(index, 'sv', site, image);
    expect(head.description).toMatch(
      /^lördag 3 januari 2026\. Kartan visar 19 resor till 3 möten: /,
    );
    expect(head.description).toContain('omkring 6 januari 2026 (härlett; ');
    expect(head.tags).toContainEqual({
      tag: 'meta',
      attrs: { property: 'og:locale', content: 'sv_SE' },
    });
  });

  it('points the share card at the absolute image address', () => {
    const head = releaseHead(index, 'en', site, image);
    expect(head.tags).toContainEqual({
      tag: 'meta',
      attrs: { property: 'og:image', content: 'https://example.org/diplomap/share/x.en.png' },
    });
  });
});

describe('meetingEvents', () => {
  it('makes one Event per meeting with its name, date, place and status', () => {
    const events = (
      meetingEvents(index, 'en', site) as { '@graph': Array<Record<string, unknown>> }
    )['@graph'];
    expect(events).toHaveLength(index.release.meetings.length);
    const kyiv = events.find((e) => e.startDate === '2026-01-03');
    expect(kyiv).toMatchObject({
      '@type': 'Event',
      name: 'National security advisers’ meeting in Kyiv',
      eventStatus: 'https://schema.org/EventScheduled',
      description: 'Security advisers in Kyiv, 3 January 2026 (held)',
      location: { '@type': 'Place', name: 'Kyiv' },
    });
    const followUp = events.find(
      (e) => e.name === 'Follow-up meeting of national security advisers',
    );
    expect(followUp?.description).toMatch(
      /^Security advisers in Paris, around 6 January 2026 \(inferred; /,
    );
  });
});

describe('headHtml', () => {
  it('escapes attributes and keeps the JSON-LD block from closing early', () => {
    const html = headHtml({
      lang: 'en',
      title: 't',
      description: 'd',
      tags: [{ tag: 'meta', attrs: { name: 'description', content: '"><script>x</script>' } }],
      jsonLd: { name: '</script><script>alert(1)</script>' },
    });
    expect(html).not.toContain('<script>x');
    expect(html).toContain('content="&#34;&#62;&#60;script&#62;x&#60;/script&#62;"');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    const json = /<script type="application\/ld\+json">(.*)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
