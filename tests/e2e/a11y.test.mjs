// The axe-core audit (WCAG 2.0, 2.1 and 2.2 rules at levels A and AA) of every view the
// accessibility statement lists (a11y-views.mjs), on a desk and, for one of each kind, a
// phone. It catches what rules can: contrast, names, labels, table headers, landmarks, the
// language attributes, target sizes. What rules cannot see is tested in the other
// a11y-*.test.mjs files; each test records the criteria it checks (wcag.mjs), and the axe
// audit claims those whose rules found something to check on the page.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './harness.mjs';
import { axeAudit } from './a11y-checks.mjs';
import { DESK, PHONE, VIEWS, openView } from './a11y-views.mjs';
import { wcagTest } from './wcag.mjs';

/** The views also audited on a phone: one of each layout, both languages. */
const ON_PHONE = ['ja', 'en-program', 'ja-notice', 'embed-controls-en', 'embed-notice-detail', 'no-js', 'statement-ja', 'statement-en'];

describe('axe-core audit', () => {
  const app = useApp();
  for (const v of VIEWS) {
    for (const viewport of ON_PHONE.includes(v.id) ? [DESK, PHONE] : [DESK]) {
      wcagTest([], `axe: ${v.id} at ${viewport.width} px`, async (t, claim) => {
        const { page, errors } = await openView(app, v, { viewport });
        const { violations, criteria } = await axeAudit(page);
        claim(...criteria);
        assert.deepEqual(violations, []);
        assert.ok(criteria.includes('1.4.3') && criteria.includes('4.1.2'), `axe checked too little: ${criteria}`);
        assert.deepEqual(errors.all(), []);
      });
    }
  }
});
