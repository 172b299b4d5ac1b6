// Automated accessibility audit (axe-core, WCAG 2.0/2.1 A and AA rules) of the built
// page in several states. It catches what rules can: contrast, names, labels, table
// headers, landmarks; the keyboard and announcement behaviour is tested in
// explorer.test.mjs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, useApp } from './harness.mjs';


describe('accessibility audit', () => {
  const app = useApp();
  const states = [
    ['Japanese, default view', '', { width: 1280, height: 900 }],
    ['English, a ministry and a program open', '?lang=en&ministry=mod&program=mod-rmf', { width: 1280, height: 900 }],
    ['phone, with a URL notice', '?foo=1&area=2', { width: 360, height: 740 }],
    ['a round the edition lacks', '?budget=supplementary', { width: 1280, height: 900 }],
    ['embed mode, a ministry', '?ministry=mic&embed=1', { width: 800, height: 900 }],
    ['embed mode with controls, English, on a phone', '?embed=1&controls=1&lang=en', { width: 360, height: 740 }],
    ['embed mode with a URL notice and a program open', '?embed=1&ministry=xyz&program=mod-rmf', { width: 800, height: 900 }],
  ];
  for (const [name, query, viewport] of states) {
    test(name, async () => {
      const { page } = await app.open(query, { viewport });
      assert.deepEqual(await axeViolations(page), []);
    });
  }
});
