/** The report `npm run draft` prints: what was found, what it resolved to, what it could not. */
import type { Journey, Meeting } from '../../src/model/schema.ts';
import type { ReportRow } from './build.ts';

/** Rows as a plain-text table with aligned columns. */
export function formatTable(header: string[], rows: string[][]): string {
  // A reduce, not Math.max(...rows): spreading a long list into a call overflows the stack.
  const widths = header.map((h, i) =>
    rows.reduce((w, r) => Math.max(w, (r[i] ?? '').length), h.length),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatMentions(rows: readonly ReportRow[]): string {
  return formatTable(
    ['where', 'mention', 'kind', 'resolved to', 'not resolved'],
    rows.map((r) => [r.ref, r.mention, r.kind, r.resolved, r.problem ?? '']),
  );
}

export function formatSuggestions(
  meetings: readonly Meeting[],
  journeys: readonly Journey[],
): string {
  const meetingRows = meetings.map((m) => [
    m.id,
    `${m.date} ${m.status}${m.format === 'video' ? ' video' : ''}`,
    m.participants.map((p) => `${p.who}${p.mode === 'remote' ? ' (remote)' : ''}`).join(', '),
    m.provenance.sentences?.join(' ') ?? '',
  ]);
  const journeyRows = journeys.map((j) => [
    j.id,
    `${j.from} → ${j.to}${j.date ? ` on ${j.date}` : ''}`,
    `${j.mode}${j.origin ? ', origin inferred' : ''}${j.trip ? `, trip ${j.trip}` : ''}`,
    j.provenance.sentences?.join(' ') ?? '',
  ]);
  return [
    formatTable(['meeting', 'when', 'participants', 'sentences'], meetingRows),
    '',
    formatTable(['journey', 'route', 'how', 'sentences'], journeyRows),
  ].join('\n');
}
