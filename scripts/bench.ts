/**
 * npm run bench [-- --quick]: builds the app and a plain-Leaflet baseline into a temporary
 * directory, serves them on 127.0.0.1, drives a system Chromium, prints a table and writes the
 * same figures to results/bench-<timestamp>.json. Measures build sizes, load to "basemap and
 * arcs painted" against the baseline, filter and language-toggle times, lab Web Vitals, and the
 * same at 1,000 and 10,000 synthetic journeys with the SVG and Canvas renderers. Targets are
 * reported, never asserted: this is not part of npm test.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildApp, buildBaseline, ROOT } from '../bench/lib/build.ts';
import {
  changeFilter,
  changeFilterCountingMutations,
  filterInteractions,
  launch,
  mapSizeOf,
  meetingFilter,
  open,
  toggleLanguage,
  waitPainted,
  heapUsedMb,
  lcpWithoutScripts,
  type LoadTiming,
} from '../bench/lib/browser.ts';
import type { ChangeTiming, ToggleTiming } from '../bench/lib/probe.ts';
import {
  render,
  targets,
  type ConfigName,
  type Results,
  type ScaleConfig,
  type ScaleResult,
} from '../bench/lib/report.ts';
import { serve, type Served } from '../bench/lib/serve.ts';
import { cpuSeconds } from '../bench/lib/cpu.ts';
import { buildSizes, sizeOfFiles } from '../bench/lib/sizes.ts';
import { ratio, summarise } from '../bench/lib/stats.ts';
import { generateCorpus } from './generate-corpus.ts';
import { RELEASES_DIR } from './lib/release-folders.ts';
import { archiveBench, type ArchiveResult } from '../bench/lib/archive.ts';

const QUICK = process.argv.includes('--quick');
/** Only the generated archive (issue 12): its sizes, overview, filters and search. */
const ARCHIVE_ONLY = process.argv.includes('--archive-only');
const SKIP_ARCHIVE = process.argv.includes('--skip-archive');
/**
 * Runs per measurement; real-data loads stay at five or more even with --quick. Filter changes
 * come in pairs (one meeting, then all), so a page always ends where it started.
 */
const PLAN = QUICK
  ? { loadRuns: 5, scaleRuns: 2, changes: 6, toggles: 6 }
  : { loadRuns: 7, scaleRuns: 3, changes: 10, toggles: 12 };
const SCALES = [1_000, 10_000];
const CONFIGS: ConfigName[] = ['app svg', 'app canvas', 'baseline canvas', 'baseline svg'];

const BASELINE_METHOD =
  'bench/baseline.html: plain Leaflet, no React, built from vite.config.ts with only the input ' +
  'overridden. It reads places.json and meetings.json of the same @releases folder with ' +
  'JSON.parse (no validation) and computes the arcs in the page with src/map/geometry.ts and ' +
  'src/map/styles.ts; same basemap file, pane and style, same markers (src/map/icons.ts), map ' +
  'options, renderer and fit; basemap and data are fetched side by side.';

interface Site {
  label: string;
  app: Served;
  baseline: Served;
  appDir: string;
  /** Meetings in date order with their journey counts; the filter cycles through them. */
  meetings: Array<{ id: string; journeys: number }>;
  /** Journeys listed with all meetings: legs without a meeting (home, say) included. */
  total: number;
  /** Selector of the meeting filter. */
  filter: string;
}

interface SiteData {
  meetings: Site['meetings'];
  total: number;
}

const T0 = Date.now();
const log = (message: string) =>
  console.log(`[bench ${((Date.now() - T0) / 1000).toFixed(0).padStart(3)} s] ${message}`);

/** Journeys per meeting of the newest real release, read straight from its meetings.json. */
function realMeetings(): SiteData {
  const newest = readdirSync(RELEASES_DIR).sort().at(-1);
  if (!newest) throw new Error(`no release under ${RELEASES_DIR}`);
  const data = JSON.parse(readFileSync(join(RELEASES_DIR, newest, 'meetings.json'), 'utf8')) as {
    meetings: Array<{ id: string; date: string }>;
    journeys: Array<{ to: string }>;
  };
  const meetings = [...data.meetings]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => ({ id: m.id, journeys: data.journeys.filter((j) => j.to === m.id).length }));
  return { meetings, total: data.journeys.length };
}

async function prepareSite(
  tmp: string,
  label: string,
  { meetings, total }: SiteData,
  releases?: string,
): Promise<Site> {
  const appDir = join(tmp, `${label}-app`);
  const baselineDir = join(tmp, `${label}-baseline`);
  log(`building ${label}: app and baseline`);
  await buildApp(appDir, releases);
  await buildBaseline(baselineDir, releases);
  const [app, baseline] = await Promise.all([serve(appDir), serve(baselineDir)]);
  const filter = meetingFilter(meetings[0]?.id ?? '');
  return { label, app, baseline, appDir, meetings, total, filter };
}

function url(site: Site, name: ConfigName, size: { width: number; height: number }): string {
  const canvas = name.endsWith('canvas');
  if (name.startsWith('app')) return `${site.app.url}${canvas ? '?renderer=canvas' : ''}`;
  const query = new URLSearchParams({ w: String(size.width), h: String(size.height) });
  if (canvas) query.set('renderer', 'canvas');
  return `${site.baseline.url}bench/baseline.html?${query}`;
}

interface Loaded {
  timing: LoadTiming;
  heapMb: number;
  scripts: string[];
}

/**
 * One cold load in a fresh context, then optionally more work on the loaded page (so a 10,000
 * journey page is not loaded again just to change its filter). Throws on any page error.
 */
async function loadOnce(
  browser: Browser,
  target: string,
  options: { heap?: boolean; then?: (page: Page) => Promise<void> } = {},
): Promise<Loaded> {
  const opened = await open(browser, target);
  try {
    const timing = await waitPainted(opened);
    const heapMb = options.heap ? await heapUsedMb(opened.page) : Number.NaN;
    await options.then?.(opened.page);
    if (opened.errors.length > 0)
      throw new Error(`${target}: page errors: ${opened.errors.join(' | ')}`);
    return { timing, heapMb, scripts: [...new Set(opened.scripts)] };
  } finally {
    await opened.context.close();
  }
}

/** Filter values alternating one meeting and all meetings, so both directions are timed. */
function filterSequence(site: Site, changes: number): Array<{ value: string; expected: number }> {
  return Array.from({ length: changes }, (_, i) => {
    const meeting = site.meetings[Math.floor(i / 2) % site.meetings.length];
    return i % 2 === 0 && meeting
      ? { value: meeting.id, expected: meeting.journeys }
      : { value: '', expected: site.total };
  });
}

const countOf = (site: Site) => (id: string) =>
  id === '' ? site.total : (site.meetings.find((m) => m.id === id)?.journeys ?? 0);

async function filterChanges(page: Page, site: Site, changes: number): Promise<ChangeTiming[]> {
  const timings: ChangeTiming[] = [];
  for (const step of filterSequence(site, changes))
    timings.push(await changeFilter(page, site.filter, step.value, step.expected));
  return timings;
}

async function realData(browser: Browser, site: Site, size: { width: number; height: number }) {
  const app: Loaded[] = [];
  const baseline: Loaded[] = [];
  // Interleaved, so drift in the machine's speed affects both sides alike.
  for (let run = 0; run < PLAN.loadRuns; run++) {
    log(`real data: load run ${run + 1}/${PLAN.loadRuns}`);
    app.push(await loadOnce(browser, url(site, 'app svg', size)));
    baseline.push(await loadOnce(browser, url(site, 'baseline svg', size)));
  }
  const lcpWithoutJs: number[] = [];
  for (let run = 0; run < PLAN.loadRuns; run++) {
    log(`real data: LCP without JavaScript ${run + 1}/${PLAN.loadRuns}`);
    lcpWithoutJs.push((await lcpWithoutScripts(browser, url(site, 'app svg', size))) ?? Number.NaN);
  }
  log('real data: filter changes and language toggle');
  let changes: ChangeTiming[] = [];
  const toggles: ToggleTiming[] = [];
  await loadOnce(browser, url(site, 'app svg', size), {
    then: async (page) => {
      changes = await filterChanges(page, site, PLAN.changes);
      for (let i = 0; i < PLAN.toggles; i++)
        toggles.push(await toggleLanguage(page, i % 2 === 0 ? 'en' : 'sv'));
    },
  });

  log('real data: INP of keyboard filter changes');
  const fresh = await open(browser, url(site, 'app svg', size));
  const inp = await waitPainted(fresh)
    .then(() => filterInteractions(fresh.page, site.filter, countOf(site), site.meetings.length))
    .finally(() => fresh.context.close());
  return { app, baseline, changes, toggles, inp: inp.inp, lcpWithoutJs };
}

async function scale(
  browser: Browser,
  site: Site,
  journeys: number,
  size: { width: number; height: number },
): Promise<{ result: ScaleResult; mutations: Results['mutations'] }> {
  const loads = new Map<ConfigName, Loaded[]>(CONFIGS.map((c) => [c, []]));
  const filters = new Map<ConfigName, ChangeTiming[]>();
  let mutations: Results['mutations'] = null;
  const first = site.meetings[0];
  // On the last run's app pages, once loaded and measured: filter changes, then (SVG, largest
  // corpus) one more change whose DOM mutations are counted, kept out of the timings.
  const interact = (name: ConfigName) => async (page: Page) => {
    log(`${journeys} journeys: filter changes, ${name}`);
    // Every meeting and back: some keep the frame, others zoom, which reshapes every arc.
    filters.set(name, await filterChanges(page, site, 2 * site.meetings.length));
    if (name !== 'app svg' || journeys !== Math.max(...SCALES) || !first) return;
    log(`${journeys} journeys: SVG mutations during a filter change`);
    const { timing, counts } = await changeFilterCountingMutations(
      page,
      site.filter,
      first.id,
      first.journeys,
    );
    mutations = {
      journeys,
      change: `all → ${first.id}`,
      arcsBefore: site.total,
      arcsAfter: first.journeys,
      painted: timing.painted,
      counts,
    };
  };
  for (let run = 0; run < PLAN.scaleRuns; run++) {
    log(`${journeys} journeys: load run ${run + 1}/${PLAN.scaleRuns}`);
    const last = run === PLAN.scaleRuns - 1;
    for (const name of CONFIGS) {
      const then = last && name.startsWith('app') ? interact(name) : undefined;
      loads.get(name)?.push(await loadOnce(browser, url(site, name, size), { heap: true, then }));
    }
  }
  const configs = CONFIGS.map((name): ScaleConfig => {
    const runs = loads.get(name) ?? [];
    const timings = filters.get(name);
    return {
      name,
      load: summarise(runs.map((r) => r.timing.painted)),
      heapMb: summarise(runs.map((r) => r.heapMb)),
      ...(timings
        ? {
            filter: summarise(timings.map((t) => t.painted)),
            filterLongTasks: summarise(timings.map((t) => t.longTasks)),
          }
        : {}),
    };
  });
  return { result: { journeys, configs }, mutations };
}

async function main(): Promise<void> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const loadAtStart = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  process.chdir(ROOT);
  const tmp = mkdtempSync(join(tmpdir(), 'diplomap-bench-'));
  const sites: Site[] = [];
  let browser: Browser | undefined;
  try {
    if (ARCHIVE_ONLY) {
      browser = await launch();
      const archive = await archiveBench(browser, tmp, PLAN.scaleRuns, log);
      console.log(`\n${renderArchive(archive)}\n`);
      console.log(
        `load average at start ${loadAtStart}, at end ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
      );
      mkdirSync(join(ROOT, 'results'), { recursive: true });
      const file = join(ROOT, 'results', `bench-archive-${startedAt.replace(/[:.]/g, '-')}.json`);
      writeFileSync(file, `${JSON.stringify({ startedAt, loadAtStart, archive }, null, 2)}\n`);
      return;
    }
    sites.push(await prepareSite(tmp, 'real', realMeetings()));
    for (const journeys of SCALES) {
      const releases = join(tmp, `corpus-${journeys}`);
      const corpus = generateCorpus(releases, journeys);
      const meetings = Object.entries(corpus.journeysPerMeeting)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, n]) => ({ id, journeys: n }));
      log(`generated ${corpus.dir}`);
      const data = { meetings, total: journeys };
      sites.push(await prepareSite(tmp, `corpus-${journeys}`, data, releases));
    }
    const [real, ...corpora] = sites;
    if (!real) throw new Error('no real-data site');

    browser = await launch();
    // A discarded first load of each page warms the browser process; it also gives the map size.
    const warm = await open(browser, real.app.url);
    await waitPainted(warm);
    const size = await mapSizeOf(warm.page);
    await warm.context.close();
    await loadOnce(browser, url(real, 'baseline svg', size));

    const measured = await realData(browser, real, size);
    const scaleResults: ScaleResult[] = [];
    let mutations: Results['mutations'] = null;
    for (const [i, site] of corpora.entries()) {
      const journeys = SCALES[i] ?? 0;
      const { result, mutations: counted } = await scale(browser, site, journeys, size);
      scaleResults.push(result);
      mutations ??= counted;
    }
    let archive: ArchiveResult | null = null;
    if (!SKIP_ARCHIVE) archive = await archiveBench(browser, tmp, PLAN.scaleRuns, log);
    const chromiumVersion = browser.version();
    // Closed before reading CPU time, so Chromium's use is counted with its exited processes.
    await browser.close();
    browser = undefined;

    const sizes = buildSizes(real.appDir);
    const loaded = measured.app[0]?.scripts ?? [];
    const appLoads = measured.app.map((r) => r.timing);
    const baseLoads = measured.baseline.map((r) => r.timing);
    const changes = filterSequence(real, PLAN.changes);
    const partial: Omit<Results, 'targets'> = {
      startedAt,
      durationSeconds: 0,
      quick: QUICK,
      environment: {
        node: process.version,
        chromium: chromiumVersion,
        cpus: cpus().length,
        cpu: cpus()[0]?.model ?? 'unknown',
        platform: platform(),
        viewport: '1280×800',
        reducedMotion: true,
        network: 'loopback, no throttling',
        // Other work on the machine slows both sides; ratios hold up better than absolute times.
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: loadavg()
          .map((l) => l.toFixed(2))
          .join(' '),
      },
      baselineMethod: BASELINE_METHOD,
      sizes: { ...sizes, loadedToPaint: { ...sizeOfFiles(real.appDir, loaded), files: loaded } },
      load: {
        runs: PLAN.loadRuns,
        app: summarise(appLoads.map((t) => t.painted)),
        baseline: summarise(baseLoads.map((t) => t.painted)),
        ratio: 0,
        appMarks: {
          basemap: summarise(appLoads.map((t) => t.basemapMark)),
          arcs: summarise(appLoads.map((t) => t.arcsMark)),
          basemapRequested: summarise(appLoads.map((t) => t.basemapRequested)),
        },
        baselineMarks: {
          basemap: summarise(baseLoads.map((t) => t.basemapMark)),
          arcs: summarise(baseLoads.map((t) => t.arcsMark)),
          basemapRequested: summarise(baseLoads.map((t) => t.basemapRequested)),
        },
      },
      vitals: {
        lcp: summarise(appLoads.map((t) => t.lcp ?? Number.NaN)),
        lcpWithoutJs: summarise(measured.lcpWithoutJs),
        cls: summarise(appLoads.map((t) => t.cls)),
        inp: measured.inp,
      },
      interaction: {
        filter: summarise(measured.changes.map((t) => t.painted)),
        filterToMeeting: summarise(
          measured.changes.filter((_, i) => changes[i]?.value !== '').map((t) => t.painted),
        ),
        filterToAll: summarise(
          measured.changes.filter((_, i) => changes[i]?.value === '').map((t) => t.painted),
        ),
        toggleDom: summarise(measured.toggles.map((t) => t.dom)),
        toggleLayout: summarise(measured.toggles.map((t) => t.layout)),
        togglePainted: summarise(measured.toggles.map((t) => t.painted)),
      },
      scale: scaleResults,
      mutations,
    };
    partial.load.ratio = ratio(partial.load.app.median, partial.load.baseline.median);
    partial.durationSeconds = (Date.now() - started) / 1000;
    partial.environment.cpuSeconds = cpuSeconds() ?? 'unknown';
    const results: Results = { ...partial, targets: targets(partial) };

    console.log(`\n${render(results)}\n`);
    if (archive) console.log(`${renderArchive(archive)}\n`);
    mkdirSync(join(ROOT, 'results'), { recursive: true });
    const file = join(ROOT, 'results', `bench-${startedAt.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify({ ...results, archive }, null, 2)}\n`);
    console.log(`Results written to ${file}`);
  } finally {
    await browser?.close();
    await Promise.all(sites.flatMap((s) => [s.app.close(), s.baseline.close()]));
    rmSync(tmp, { recursive: true, force: true });
  }
}

function renderArchive(a: ArchiveResult): string {
  const row = (what: string, goal: string, value: string) => `| ${what} | ${goal} | ${value} |`;
  const ms = (s: { median: number; min: number; max: number }) =>
    `${s.median} ms (${s.min}–${s.max})`;
  return [
    `Archive: ${a.sizes.at(-1)?.releases} releases, ${a.sizes.at(-1)?.journeys} journeys, ${a.places} places`,
    '| measure | goal | measured |',
    '|---|---|---|',
    ...a.sizes.map((s) =>
      row(
        `${s.releases} releases: check:data, build`,
        'linear',
        `${(s.checkDataMs / 1000).toFixed(1)} s, ${(s.buildMs / 1000).toFixed(1)} s`,
      ),
    ),
    row(
      'overview load, app ÷ baseline',
      '≤ 1.2',
      `${a.overviewLoad.ratio.toFixed(2)} (${a.overviewLoad.app.median} ms vs ${a.overviewLoad.baseline.median} ms)`,
    ),
    row(
      'JS heap, app vs baseline',
      '',
      `${a.heapMb.app.median} MB vs ${a.heapMb.baseline.median} MB`,
    ),
    row('actor filter change, to painted', '≤ 100 ms', ms(a.actorFilter)),
    row('date-range change, to painted', '≤ 100 ms', ms(a.dateRange)),
    row('picker search, per keystroke', '≤ 50 ms', ms(a.searchKeystroke)),
    row(
      'initial JS (entry with the release index), gzip',
      '',
      `${(a.initialJs.gzip / 1024).toFixed(1)} KB`,
    ),
    row(
      'search index chunk (loaded on first use)',
      '',
      `${(a.searchIndexBytes / 1024).toFixed(0)} KB`,
    ),
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
