// What a reader who enlarges, respaces, recolours or stills the page needs, and axe
// cannot see: reflow at 320 px (WCAG 1.4.10), the text spacing override (1.4.12), text at
// 200% (1.4.4), target sizes (2.5.8), forced colours (Windows high contrast: 1.4.1, 1.4.11's
// intent, 2.4.7), and no motion with prefers-reduced-motion (2.2.2, 2.3.1). Every view of
// the statement's list (a11y-views.mjs), in Japanese and English, full page and embeds,
// under the strict CSP. Screenshots of the forced-colours and 200% pages go to
// tests/e2e/artifacts/ to be looked at.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { nextFrame, screenshot, useApp } from './harness.mjs';
import {
  TEXT_SPACING,
  adoptStyle,
  clippedText,
  inkFraction,
  movingThings,
  sidewaysOverflow,
  targetSizeOffenders,
  throughPage,
} from './a11y-checks.mjs';
import { DESK, PHONE, VIEWS, openView, view } from './a11y-views.mjs';
import { wcagTest } from './wcag.mjs';

/** WCAG 1.4.10's width: 320 CSS px (1280 px at 400%). */
const NARROW = { width: 320, height: 640 };

describe('reflow and text spacing', () => {
  const app = useApp();
  for (const v of VIEWS) {
    wcagTest(['1.4.10'], `reflow: nothing scrolls sideways at 320 px (${v.id})`, async () => {
      const { page, errors } = await openView(app, v, { viewport: NARROW });
      assert.deepEqual(await throughPage(page, () => sidewaysOverflow(page)), []);
      assert.deepEqual(errors.all(), []);
    });
    for (const viewport of v.noScript ? [NARROW] : [NARROW, DESK]) {
      wcagTest(['1.4.12'], `text spacing: no text cut off, nothing sideways at ${viewport.width} px (${v.id})`, async () => {
        const { page } = await openView(app, v, { viewport });
        await adoptStyle(page, TEXT_SPACING);
        // The override applies: 0.12em of letter spacing on the body text.
        const spacing = await page.evaluate(() => {
          const s = getComputedStyle(document.querySelector('main p, main li'));
          return parseFloat(s.letterSpacing) / parseFloat(s.fontSize);
        });
        assert.ok(Math.abs(spacing - 0.12) < 0.01, `letter-spacing is ${spacing}em`);
        assert.deepEqual(await throughPage(page, () => sidewaysOverflow(page)), []);
        assert.deepEqual(await throughPage(page, () => clippedText(page)), []);
      });
    }
  }
});

describe('text at 200%', () => {
  const app = useApp();
  // At a desk's width, as WCAG 1.4.4 asks (a phone is 1.4.10's reflow, at 320 px).
  for (const id of ['ja', 'en-program', 'embed-ja', 'embed-controls-en', 'statement-ja']) {
    for (const viewport of [DESK]) {
      wcagTest(['1.4.4'], `text at 200%: larger, nothing cut off or sideways at ${viewport.width} px (${id})`, async () => {
        const { page } = await openView(app, view(id), { viewport });
        // Body text (the headings change size with the layout, which follows the text size).
        const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p')).fontSize));
        const before = await size();
        // The browser's own text size setting (as a reader sets it), not a page zoom: the
        // default font size doubles, so text sized in rem and em doubles with it.
        const session = await page.context().newCDPSession(page);
        await session.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
        await nextFrame(page);
        assert.ok((await size()) >= before * 1.95, `the text went from ${before} to ${await size()} px`);
        assert.deepEqual(await throughPage(page, () => sidewaysOverflow(page)), []);
        assert.deepEqual(await throughPage(page, () => clippedText(page)), []);
        await screenshot(page, `a11y-text-200-${id}-${viewport.width}`);
      });
    }
  }
});

describe('target size', () => {
  const app = useApp();
  for (const v of VIEWS) {
    for (const viewport of [DESK, PHONE]) {
      wcagTest(['2.5.8'], `target size: 24 px or spaced at ${viewport.width} px (${v.id})`, async () => {
        const { page } = await openView(app, v, { viewport });
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        assert.deepEqual(await throughPage(page, () => targetSizeOffenders(page)), []);
      });
    }
  }
});

describe('forced colours', () => {
  const app = useApp();
  let scratch;
  const ink = async (page, locator) => {
    scratch ??= await app.browser.newPage();
    await locator.scrollIntoViewIfNeeded();
    const canvas = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const rgb = canvas.match(/\d+/g).slice(0, 3).map(Number);
    return inkFraction(scratch, await locator.screenshot(), rgb);
  };

  for (const id of ['ja', 'en-program', 'embed-controls-en', 'statement-ja']) {
    for (const scheme of ['light', 'dark']) {
      wcagTest(['1.4.1'], `forced colours (${scheme}): bars, unitemised parts, legend and states stay visible (${id})`, async () => {
        const { page } = await openView(app, view(id), { viewport: DESK });
        await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
        assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
        await nextFrame(page);
        // Every bar is drawn solid, every part not itemised in the source as an outline (not
        // filled, or it would read as itemised), and so are the legend's swatches: as a
        // share of the shape's box drawn in another colour than the page's background.
        for (const [selector, least, most, hollowFrom] of [
          ['.bar-itemised', 0.6, 1],
          ['.bar-remainder', 0.02, 0.7, 20],
          ['.swatch-itemised', 0.6, 1],
          ['.swatch-remainder', 0.05, 0.7],
        ]) {
          const shapes = page.locator(selector);
          for (let i = 0; i < (await shapes.count()); i += 1) {
            const shape = shapes.nth(i);
            const box = await shape.boundingBox();
            if (!box || box.width < 3) continue;
            const share = await ink(page, shape);
            // A thin outline is all stroke: it is hollow only if it is wide enough to tell.
            const upTo = box.width >= (hollowFrom ?? 0) ? most : 1;
            assert.ok(share >= least && share <= upTo, `${selector} #${i} is ${Math.round(share * 100)}% drawn in forced colours (${scheme})`);
          }
        }
        // A control in a state (checked, pressed, expanded, current) looks different from
        // the same control out of it.
        if (id !== 'statement-ja') {
          await page.locator('#cite-toggle').click();
          await page.locator('.term-help-button').first().click();
        }
        const states = await page.evaluate(() => {
          const found = document.querySelectorAll('input:checked, [aria-pressed="true"], [aria-expanded="true"], [aria-current]:not([aria-current="false"]), [aria-selected="true"]');
          // A disclosure whose content shows (aria-controls) shows its state by that content.
          const showsContent = (el) => el.getAttribute('aria-expanded') === 'true' && document.getElementById(el.getAttribute('aria-controls'))?.checkVisibility();
          return [...found].filter((el) => el.checkVisibility() && !showsContent(el)).map((el, i) => {
            el.dataset.a11yState = String(i);
            return i;
          });
        });
        if (id !== 'statement-ja') assert.ok(states.length >= 3, `only ${states.length} controls in a state`);
        else assert.equal(states.length, 0);
        for (const i of states) {
          const control = page.locator(`[data-a11y-state="${i}"]`);
          await control.scrollIntoViewIfNeeded();
          await page.evaluate(() => document.activeElement?.blur());
          await nextFrame(page);
          const on = await control.screenshot();
          const flip = (el) => {
            if (el.matches('input')) el.checked = !el.checked;
            else for (const a of ['aria-pressed', 'aria-expanded', 'aria-selected']) if (el.hasAttribute(a)) el.setAttribute(a, el.getAttribute(a) === 'true' ? 'false' : 'true');
            if (el.hasAttribute('aria-current')) el.toggleAttribute('aria-current');
          };
          await control.evaluate(flip);
          await nextFrame(page);
          const off = await control.screenshot();
          await control.evaluate(flip);
          const html = await control.evaluate((el) => el.outerHTML.slice(0, 90));
          assert.ok(!on.equals(off), `in forced colours (${scheme}), ${html} looks the same in and out of its state`);
        }
        await screenshot(page, `a11y-forced-colours-${scheme}-${id}`);
      });
    }
  }

  wcagTest(['2.4.7'], 'forced colours: the focus ring shows on a button, a link, a check box and a bar (ja)', async () => {
    const { page } = await openView(app, view('ja'), { viewport: DESK });
    await page.emulateMedia({ forcedColors: 'active' });
    for (const selector of ['#lang-toggle', '#download-csv', '#ministry-mod', '#area-chart .bar-button']) {
      const control = page.locator(selector).first();
      await control.scrollIntoViewIfNeeded();
      await page.evaluate(() => document.activeElement?.blur());
      const box = await control.boundingBox();
      const clip = { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 };
      const before = await page.screenshot({ clip });
      // Focus from the keyboard (:focus-visible): Tab from the element before it.
      await control.evaluate((el) => {
        el.focus();
      });
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      assert.equal(await control.evaluate((el) => el === document.activeElement && el.matches(':focus-visible')), true, selector);
      const after = await page.screenshot({ clip });
      assert.ok(!before.equals(after), `no focus ring shows on ${selector} in forced colours`);
      const outline = await control.evaluate((el) => getComputedStyle(el).outlineStyle);
      assert.notEqual(outline, 'none', selector);
    }
  });
});

describe('reduced motion', () => {
  const app = useApp();
  for (const id of ['ja', 'embed-controls-en', 'statement-en']) {
    wcagTest(['2.2.2', '2.3.1'], `prefers-reduced-motion: nothing moves, at rest or when used (${id})`, async () => {
      const { page } = await openView(app, view(id), { viewport: DESK });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
      assert.deepEqual(await movingThings(page), []);
      if (id === 'statement-en') return;
      // Used: a filter, a program's detail, a help bubble, the citation; hovered bars.
      await page.locator('#area-chart .bar-button').first().hover();
      await page.locator('.term-help-button').first().click();
      await page.locator('#cite-toggle').click();
      assert.deepEqual(await movingThings(page), []);
      const before = new URL(page.url()).search;
      await page.locator('#program-table a').first().click();
      await page.waitForFunction((q) => location.search !== q, before);
      await nextFrame(page);
      assert.deepEqual(await movingThings(page), []);
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'auto');
    });
  }
});
