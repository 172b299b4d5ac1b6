// Tests that check WCAG success criteria, and the record of what they found.
//
// The accessibility statement (dist/accessibility.html, written from
// accessibility/results.json by src/bin/accessibility-statement.rs) names, for each
// criterion, the tests behind its result. Those names and outcomes come from here:
//
//   import { wcagTest } from './wcag.mjs';
//   wcagTest(['1.4.10'], 'reflow: nothing scrolls sideways at 320 px (Japanese, full page)', async (t, claim) => {
//     …assertions…
//   });
//
// `wcagTest(criteria, name, fn)` is node:test's `test(name, fn)` that also records, per
// criterion, the test's name and whether it passed, into target/a11y-run/<file>.json (each
// test file runs in its own process, so each writes its own file; the file is rewritten
// after every test, so nothing depends on how the process ends). `claim(...ids)` adds
// criteria while the test runs (the axe audit claims those whose rules applied); claim
// before asserting, so a failure is recorded against them. A test that leaves a
// Content-Security-Policy violation behind (which fails its file in harness.mjs's `after`)
// is recorded as failed.
//
// tests/e2e/a11y-results.mjs reads these records: `check` (CI, scripts/test.sh) fails
// when a criterion accessibility/results.json marks as met has no passing test behind it
// in this run, or a failing one; `write` (scripts/a11y.sh) writes results.json from them.

import { test } from 'node:test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspReport } from './harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Where each test file's records go (scripts/test.sh and scripts/a11y.sh empty it first). */
export const RUN_DIR = process.env.CBE_A11Y_RUN_DIR || path.join(HERE, '..', '..', 'target', 'a11y-run');

const FILE = path.basename(process.argv[1] ?? 'unknown');
const records = [];

/** A criterion's number as the statement writes it: "1.4.10". */
const CRITERION = /^[1-4]\.[1-5]\.\d{1,2}$/;

function save() {
  mkdirSync(RUN_DIR, { recursive: true });
  writeFileSync(path.join(RUN_DIR, `${FILE}.json`), `${JSON.stringify({ file: FILE, tests: records }, null, 2)}\n`);
}

/** `test(name, fn)`, recorded against `criteria` (and what `fn` claims) with its outcome. */
export function wcagTest(criteria, name, fn) {
  for (const id of criteria) {
    if (!CRITERION.test(id)) throw new Error(`${name}: '${id}' is not a success criterion number`);
  }
  const id = `${FILE} › ${name}`;
  if (records.some((r) => r.test === id)) throw new Error(`two tests are named '${id}'`);
  test(name, async (t) => {
    const claimed = new Set(criteria);
    const claim = (...ids) => {
      for (const c of ids) {
        if (!CRITERION.test(c)) throw new Error(`${name}: '${c}' is not a success criterion number`);
        claimed.add(c);
      }
    };
    const violationsBefore = cspReport().violations;
    const record = { test: id, criteria: [], outcome: 'fail' };
    records.push(record);
    try {
      await fn(t, claim);
      if (cspReport().violations > violationsBefore) {
        throw new Error('the page broke the Content-Security-Policy (see the file\'s report)');
      }
      record.outcome = 'pass';
    } catch (err) {
      // The first line that says what was found (an assertion's diff begins with headers).
      const lines = String(err?.message ?? err)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^(Expected values|\+ actual - expected|[+-]?\s*[[\]]$)/.test(l));
      record.error = (lines[0] ?? 'failed').slice(0, 300);
      throw err;
    } finally {
      record.criteria = [...claimed].sort(byNumber);
      save();
    }
  });
}

/** Orders criterion numbers as numbers: 1.4.4 before 1.4.10. */
export function byNumber(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}
