#!/usr/bin/env node
// The accessibility statement's results, from a run of the browser tests.
//
//   node tests/e2e/a11y-results.mjs write   # scripts/a11y.sh: writes accessibility/results.json
//   node tests/e2e/a11y-results.mjs check   # scripts/test.sh (CI): the committed results
//                                           # against this run; fails on any disagreement
//
// Both read what the tests recorded in this run (target/a11y-run/*.json, written by
// wcag.mjs's wcagTest), the criteria (accessibility/criteria.json) and the checks done by
// hand (accessibility/manual.json). A criterion's result:
//   - not met (fail)       if a test behind it failed, or the check by hand found it not met;
//   - not applicable       if the check by hand says so (with why), and no test behind it failed;
//   - met (pass)           if tests behind it passed, or the check by hand found it met;
//   - untested             otherwise (the statement then says 配慮).
//
// `check` fails when a criterion the committed results mark as met or not applicable has a
// test behind it that failed in this run, names a test that did not run or did not pass,
// has nothing behind it, or when the run has passing tests for a criterion the committed
// results do not name (the statement would be out of date: run `cargo xtask a11y`).

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VIEWS } from './a11y-views.mjs';
import { CHROMIUM_PATH } from './harness.mjs';
import { RUN_DIR } from './wcag.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const DIR = path.join(REPO, 'accessibility');
const RESULTS = path.join(DIR, 'results.json');
const require = createRequire(import.meta.url);

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Every test record of this run: [{ test, criteria, outcome, error? }]. */
function runRecords() {
  let files = [];
  try {
    files = readdirSync(RUN_DIR).filter((f) => f.endsWith('.json'));
  } catch {
    // No folder: no run.
  }
  if (files.length === 0) {
    throw new Error(`no test records in ${path.relative(REPO, RUN_DIR)}: run the browser tests first (node --test tests/e2e/)`);
  }
  return files.flatMap((f) => readJson(path.join(RUN_DIR, f)).tests);
}

/** manual.json's checks by criterion; a criterion may have one check. */
function manualChecks(criteria) {
  const ids = new Set(criteria.map((c) => c.id));
  const byCriterion = new Map();
  for (const check of readJson(path.join(DIR, 'manual.json')).checks) {
    for (const field of ['criteria', 'result', 'by', 'date', 'note']) {
      if (!(field in check)) throw new Error(`manual.json: a check without '${field}': ${JSON.stringify(check).slice(0, 80)}`);
    }
    if (!['pass', 'fail', 'not-applicable'].includes(check.result)) throw new Error(`manual.json: result '${check.result}'`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(check.date)) throw new Error(`manual.json: date '${check.date}' is not YYYY-MM-DD`);
    for (const id of check.criteria) {
      if (!ids.has(id)) throw new Error(`manual.json: '${id}' is not a criterion of criteria.json`);
      if (byCriterion.has(id)) throw new Error(`manual.json: ${id} is checked twice`);
      byCriterion.set(id, check);
    }
  }
  return byCriterion;
}

/** Each criterion's result from the run's records and the checks by hand. */
function rows(criteria, records, manual) {
  return criteria.map(({ id }) => {
    const behind = records.filter((r) => r.criteria.includes(id));
    const failed = behind.filter((r) => r.outcome !== 'pass');
    const passed = behind.filter((r) => r.outcome === 'pass');
    const check = manual.get(id);
    let result = 'untested';
    if (failed.length || check?.result === 'fail') result = 'fail';
    else if (check?.result === 'not-applicable') result = 'not-applicable';
    else if (passed.length || check?.result === 'pass') result = 'pass';
    const tests = (result === 'fail' && failed.length ? failed : passed).map((r) => r.test).sort();
    return {
      id,
      result,
      tests,
      manual: check ? { by: check.by, date: check.date, note: check.note } : null,
      failures: failed.map((r) => `${r.test}: ${r.error ?? 'failed'}`),
    };
  });
}

function run(command, args) {
  try {
    return execFileSync(command, args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** The day in Japan: the statement is for Japanese sites. */
function today() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
}

function write() {
  const criteria = readJson(path.join(DIR, 'criteria.json')).criteria;
  const found = rows(criteria, runRecords(), manualChecks(criteria));
  const changed = (run('git', ['status', '--porcelain']) ?? '')
    .split('\n')
    .filter((line) => line.trim() && !line.endsWith('accessibility/results.json'));
  const results = {
    tested_on: today(),
    commit: run('git', ['rev-parse', 'HEAD']) ?? 'unknown',
    commit_modified: changed.length > 0,
    tools: {
      chromium: run(CHROMIUM_PATH, ['--version']) ?? 'unknown',
      axe_core: require('axe-core/package.json').version,
      playwright_core: require('playwright-core/package.json').version,
      node: process.version,
    },
    views: VIEWS.map((v) => ({
      address: v.page ?? v.query,
      lang: v.lang,
      layout: v.layout,
      no_script: Boolean(v.noScript),
      why: v.why,
    })),
    criteria: found.map(({ failures, ...row }) => row),
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  const count = (r) => found.filter((c) => c.result === r).length;
  console.log(
    `wrote ${path.relative(REPO, RESULTS)}: ${count('pass')} met, ${count('not-applicable')} not applicable, ` +
      `${count('fail')} not met, ${count('untested')} untested (of ${found.length})`,
  );
  for (const c of found.filter((c) => c.result === 'fail' || c.result === 'untested')) {
    console.log(`  ${c.id} ${c.result}${c.failures.length ? `:\n    ${c.failures.join('\n    ')}` : ''}`);
  }
}

function check() {
  const criteria = readJson(path.join(DIR, 'criteria.json')).criteria;
  const committed = readJson(RESULTS);
  const records = runRecords();
  const manual = manualChecks(criteria);
  const now = new Map(rows(criteria, records, manual).map((r) => [r.id, r]));
  const problems = [];
  const ids = committed.criteria.map((c) => c.id).join(' ');
  if (ids !== criteria.map((c) => c.id).join(' ')) problems.push(`results.json lists ${ids}, not the criteria of criteria.json`);
  const outcomes = new Map(records.map((r) => [r.test, r.outcome]));
  for (const row of committed.criteria) {
    const current = now.get(row.id);
    if (!current) continue;
    const claimed = row.result === 'pass' || row.result === 'not-applicable';
    if (claimed) {
      for (const failure of current.failures) problems.push(`${row.id} is marked ${row.result}, but a test behind it failed: ${failure}`);
      for (const test of row.tests) {
        if (!outcomes.has(test)) problems.push(`${row.id}: the statement names '${test}', which did not run`);
        else if (outcomes.get(test) !== 'pass') problems.push(`${row.id}: the statement names '${test}', which failed`);
      }
      if (row.result === 'pass' && row.tests.length === 0 && !row.manual) problems.push(`${row.id} is marked met with no test and no check behind it`);
      const unnamed = current.result !== 'fail' ? current.tests.filter((t) => !row.tests.includes(t)) : [];
      for (const test of unnamed) problems.push(`${row.id}: '${test}' checks it, but the statement does not name it`);
    } else if (row.result === 'untested') {
      problems.push(`${row.id} is untested: no test and no check by hand`);
    } else if (row.result === 'fail' && current.result !== 'fail') {
      problems.push(`${row.id} is marked not met, but nothing behind it fails now`);
    }
    if (JSON.stringify(row.manual) !== JSON.stringify(current.manual)) {
      problems.push(`${row.id}: the check by hand differs from accessibility/manual.json`);
    }
  }
  if (problems.length) {
    console.error(`accessibility/results.json does not agree with this run (${problems.length}):\n  ${problems.join('\n  ')}`);
    console.error('Fix what failed; when the tests or checks changed on purpose, regenerate it: cargo xtask a11y');
    process.exit(1);
  }
  const count = (r) => committed.criteria.filter((c) => c.result === r).length;
  console.log(
    `accessibility statement: ${count('pass')} met, ${count('not-applicable')} not applicable, ${count('fail')} not met; ` +
      `every one has its tests passing in this run (${records.length} tests recorded, ${committed.criteria.length} criteria)`,
  );
}

const command = process.argv[2];
try {
  if (command === 'write') write();
  else if (command === 'check') check();
  else {
    console.error('usage: node tests/e2e/a11y-results.mjs write|check');
    process.exit(2);
  }
} catch (err) {
  console.error(`a11y-results: ${err.message}`);
  process.exit(1);
}
