/**
 * Watching a page for what must not happen: Content-Security-Policy violations, and
 * accessibility violations found by axe-core. Used by the security, hostile and a11y tests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { releaseId } from './data.ts';

export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
    __pwned?: unknown;
  }
}

/** Recorded in the page from its first byte on, so violations during load count too. */
function listenForViolations(): void {
  window.__cspViolations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      window.__cspViolations?.push({
        directive: event.effectiveDirective || event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    },
    true,
  );
}

export interface CspWatch {
  /** Violations the page has reported since the last navigation. */
  violations: () => Promise<CspViolation[]>;
  /** Console messages (of any type) that mention the Content Security Policy. */
  consoleMessages: string[];
}

/**
 * Starts recording CSP violations, then reloads the page so its load is recorded too (the
 * harness's `open` has already navigated before a test can add an init script).
 */
export async function watchCsp(page: Page): Promise<CspWatch> {
  const consoleMessages: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) consoleMessages.push(message.text());
  });
  await page.addInitScript(listenForViolations);
  await page.reload();
  await page.locator('.app').waitFor();
  await page.locator('html[data-running]').waitFor({ state: 'attached' });
  return {
    consoleMessages,
    violations: () => page.evaluate(() => window.__cspViolations ?? []),
  };
}

/** The directives of a Content-Security-Policy, by name. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** The `# Title` of the open release in a language, with its mention links removed. */
export function releaseTitle(lang: 'sv' | 'en'): string {
  const text = readFileSync(
    join(process.cwd(), 'src/data/releases', releaseId(), `text.${lang}.md`),
    'utf8',
  );
  const heading = text.split('\n').find((line) => line.startsWith('# ')) ?? '';
  return heading
    .slice(2)
    .replace(/\[([^\]]*)\]\((?:place|actor|delegation|meeting):[^)]*\)/g, '$1');
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page (less what `exclude` selects) and returns its serious and critical
 * violations. The page must come from a context made with `bypassCSP`, since the app's CSP
 * refuses injected scripts.
 */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (excluded) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: ElementContext, options: RunOptions) => Promise<AxeResults> };
      }
    ).axe;
    const context = excluded.length > 0 ? { exclude: excluded } : document;
    const result = await axe.run(context, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.map((node) => node.target.join(' ')),
      }));
  }, exclude);
}

/** One line per finding, for an assertion message. */
export const describeFindings = (findings: AxeFinding[]): string =>
  findings
    .map((f) => `${f.id} (${f.impact}): ${f.help}\n    ${f.targets.slice(0, 8).join('\n    ')}`)
    .join('\n');
