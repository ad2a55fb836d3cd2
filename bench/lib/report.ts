/** The benchmark's results: their shape, the targets, and the table printed to the console. */
import type { MutationCounts } from './probe.ts';
import type { BuildSizes, Size } from './sizes.ts';
import { ratio, type Summary } from './stats.ts';

export type ConfigName = 'app svg' | 'app canvas' | 'baseline svg' | 'baseline canvas';

export interface ScaleConfig {
  name: ConfigName;
  load: Summary;
  heapMb: Summary;
  /** App only: meeting-filter changes (on the last run's page), and their long tasks. */
  filter?: Summary;
  filterLongTasks?: Summary;
}

export interface ScaleResult {
  journeys: number;
  configs: ScaleConfig[];
}

/** Medians of the milestones of a load, and when the basemap was requested. */
export interface Marks {
  basemap: Summary;
  arcs: Summary;
  basemapRequested: Summary;
}

export interface Results {
  startedAt: string;
  durationSeconds: number;
  quick: boolean;
  environment: Record<string, string | number | boolean>;
  /** How the baseline gets its arcs, so a reader knows what is compared. */
  baselineMethod: string;
  sizes: BuildSizes & { loadedToPaint: Size & { files: string[] } };
  load: {
    runs: number;
    app: Summary;
    baseline: Summary;
    ratio: number;
    appMarks: Marks;
    baselineMarks: Marks;
  };
  vitals: { lcp: Summary; lcpWithoutJs: Summary; cls: Summary; inp: number | null };
  interaction: {
    filter: Summary;
    filterToMeeting: Summary;
    filterToAll: Summary;
    toggleDom: Summary;
    toggleLayout: Summary;
    togglePainted: Summary;
  };
  scale: ScaleResult[];
  mutations: {
    journeys: number;
    change: string;
    arcsBefore: number;
    arcsAfter: number;
    painted: number;
    counts: MutationCounts;
  } | null;
  targets: Target[];
}

export interface Target {
  name: string;
  limit: string;
  measured: string;
  met: boolean;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number | null) => (value === null ? '< 16 ms' : `${value.toFixed(1)} ms`);
const spread = (s: Summary) =>
  `${ms(s.median)} (${s.min.toFixed(0)}–${s.max.toFixed(0)}, n=${s.n})`;

export const config = (scale: ScaleResult, name: ConfigName) =>
  scale.configs.find((c) => c.name === name);

export function targets(results: Omit<Results, 'targets'>): Target[] {
  const big = results.scale.find((s) => s.journeys === 10_000);
  const app = big && config(big, 'app canvas');
  const base = big && config(big, 'baseline canvas');
  const bigRatio = app && base ? ratio(app.load.median, base.load.median) : Number.NaN;
  const filter = app?.filter?.median ?? Number.NaN;
  const toggle = results.interaction.toggleLayout.median;
  return [
    {
      name: 'Load, app ÷ baseline (real data, SVG)',
      limit: '≤ 1.15',
      measured: `${results.load.ratio.toFixed(2)}`,
      met: results.load.ratio <= 1.15,
    },
    {
      name: 'Initial JS (gzip)',
      limit: '≤ 120 KB',
      measured: kb(results.sizes.initialJs.gzip),
      met: results.sizes.initialJs.gzip <= 120 * 1024,
    },
    {
      name: 'Basemap (gzip)',
      limit: '≤ 120 KB',
      measured: kb(results.sizes.basemap.gzip),
      met: results.sizes.basemap.gzip <= 120 * 1024,
    },
    {
      name: '10k journeys, Canvas: load, app ÷ baseline',
      limit: '≤ 1.20',
      measured: Number.isNaN(bigRatio) ? 'not run' : bigRatio.toFixed(2),
      met: bigRatio <= 1.2,
    },
    {
      name: '10k journeys, Canvas: filter change (median; worst)',
      limit: '≤ 100 ms',
      measured: Number.isNaN(filter) ? 'not run' : `${ms(filter)}; ${ms(app?.filter?.max ?? NaN)}`,
      met: filter <= 100,
    },
    {
      name: 'Language toggle, real data (to text + layout)',
      limit: '≤ 16.7 ms',
      measured: ms(toggle),
      met: toggle <= 16.7,
    },
  ];
}

/** Columns padded to their widest cell; the first column left-aligned, the rest right. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
    )
    .join('\n');
}

function sizesTable(r: Results): string {
  const row = (name: string, s: Size, note = '') => [name, kb(s.raw), kb(s.gzip), note];
  return table([
    ['Build sizes', 'raw', 'gzip', ''],
    row('Initial JS (entry + imports)', r.sizes.initialJs, r.sizes.initialJs.files.join(', ')),
    row('Preloaded JS (map, data)', r.sizes.preloadedJs, r.sizes.preloadedJs.files.join(', ')),
    row(
      'JS loaded to first paint',
      r.sizes.loadedToPaint,
      `${r.sizes.loadedToPaint.files.length} files`,
    ),
    row('Total JS', r.sizes.totalJs, `${r.sizes.totalJs.files} files`),
    row('CSS', r.sizes.css),
    row('Basemap countries.json', r.sizes.basemap),
    ...r.sizes.releasePages.map((page) => row(`HTML ${page.file}`, page)),
  ]);
}

function loadTable(r: Results): string {
  const { app, baseline, appMarks, baselineMarks } = r.load;
  return table([
    ['Load, real data (SVG)', 'painted', 'arcs mark', 'basemap requested', 'basemap mark'],
    ...(
      [
        ['app', app, appMarks],
        ['baseline', baseline, baselineMarks],
      ] as const
    ).map(([name, painted, marks]) => [
      name,
      spread(painted),
      ms(marks.arcs.median),
      ms(marks.basemapRequested.median),
      ms(marks.basemap.median),
    ]),
    ['app ÷ baseline', r.load.ratio.toFixed(2), '', '', ''],
  ]);
}

function interactionTable(r: Results): string {
  const i = r.interaction;
  return table([
    ['Interaction, real data (SVG)', 'median (min–max, n)'],
    ['Filter change → map + list painted', spread(i.filter)],
    ['  to one meeting', spread(i.filterToMeeting)],
    ['  back to all', spread(i.filterToAll)],
    ['Language toggle → text in DOM', spread(i.toggleDom)],
    ['Language toggle → text + layout', spread(i.toggleLayout)],
    ['Language toggle → painted', spread(i.togglePainted)],
    ['LCP', spread(r.vitals.lcp)],
    ['LCP without JavaScript (prerendered HTML)', spread(r.vitals.lcpWithoutJs)],
    ['CLS', `${r.vitals.cls.median} (max ${r.vitals.cls.max})`],
    ['INP (keyboard filter changes)', ms(r.vitals.inp)],
  ]);
}

function scaleTable(r: Results): string {
  const rows = [
    [
      'Scale (app vs baseline, same renderer)',
      'load → painted',
      '÷ base',
      'JS heap',
      '÷ base',
      'filter change',
      'long tasks',
    ],
  ];
  for (const s of r.scale) {
    for (const c of s.configs) {
      const base = config(s, c.name.endsWith('canvas') ? 'baseline canvas' : 'baseline svg');
      const versus = (a: number, b: number | undefined) =>
        base && b !== undefined && c.name.startsWith('app') ? ratio(a, b).toFixed(2) : '';
      rows.push([
        `${s.journeys} journeys, ${c.name}`,
        spread(c.load),
        versus(c.load.median, base?.load.median),
        `${c.heapMb.median.toFixed(1)} MB`,
        versus(c.heapMb.median, base?.heapMb.median),
        c.filter ? spread(c.filter) : '',
        c.filterLongTasks ? ms(c.filterLongTasks.median) : '',
      ]);
    }
  }
  return table(rows);
}

function mutationsText(r: Results): string {
  const m = r.mutations;
  if (!m) return 'Arc restyles: not measured';
  const attributes = Object.entries(m.counts.attributes)
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name}×${n}`)
    .join(', ');
  return [
    `Arc restyles, ${m.journeys} journeys, SVG, filter ${m.change} (${m.arcsBefore} → ${m.arcsAfter} arcs in view, nothing selected, ${ms(m.painted)}):`,
    `  paths restyled (stroke/fill written): ${m.counts.restyledPaths}; paths reshaped (d): ${m.counts.reshapedPaths}; nodes added ${m.counts.added}, removed ${m.counts.removed}`,
    `  attribute writes: ${attributes || 'none'}`,
  ].join('\n');
}

function targetsTable(r: Results): string {
  return table([
    ['Target', 'limit', 'measured', ''],
    ...r.targets.map((t) => [t.name, t.limit, t.measured, t.met ? 'met' : 'NOT MET']),
  ]);
}

export function render(r: Results): string {
  return [
    sizesTable(r),
    loadTable(r),
    interactionTable(r),
    scaleTable(r),
    mutationsText(r),
    targetsTable(r),
    `Baseline: ${r.baselineMethod}`,
    `Total runtime ${r.durationSeconds.toFixed(0)} s${r.quick ? ' (--quick)' : ''}; ` +
      `load average ${r.environment.loadAverageAtStart} at start, ${r.environment.loadAverageAtEnd} at end ` +
      `(${r.environment.cpus} CPUs); CPU time used ${r.environment.cpuSeconds} s ` +
      '(bench and Chromium). Other work on the machine slows both sides alike.',
  ].join('\n\n');
}
