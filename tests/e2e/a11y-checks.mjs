// What the accessibility tests measure in a page, each a function of a playwright Page
// that returns what it found (the tests assert on it). Checks run in the page through
// playwright's evaluate (the DevTools protocol, which the page's strict CSP does not
// govern); a stylesheet a check needs is adopted through the CSSOM (a constructed
// CSSStyleSheet), which the policy's `style-src 'self'` does not block, unlike a <style>.
//
//   axeAudit(page)                  -> { violations: [...], criteria: ['1.1.1', ...] }
//   sidewaysOverflow(page)          -> elements that stick out of the viewport sideways
//   clippedText(page)               -> elements whose text is cut off by their own box
//   adoptStyle(page, css)           -> applies `css` on top of the site's stylesheet
//   TEXT_SPACING                    -> the WCAG 1.4.12 override
//   throughPage(page, fn)           -> runs fn at each screenful, top to bottom
//   languageOffenders(page)         -> text in another language than its element's `lang`
//   tabbables(page)                 -> the elements Tab should reach, in document order
//   focusReport(page)               -> the focused element and how its focus shows
//   targetSizeOffenders(page)       -> pointer targets under 24 × 24 px, spacing rule applied
//   movingThings(page)              -> running animations and transitions
//   axTree(page, selector)          -> Chromium's accessibility tree under an element
//   inkFraction(scratch, png, rgb)  -> share of a PNG's pixels that differ from `rgb`

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { nextFrame } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The axe-core version the audit runs. */
export const AXE_VERSION = require('axe-core/package.json').version;

/** The rule sets the audit runs: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page (every disclosure opened first, so the tables behind the charts are
 * audited). `violations`: one line per rule broken; `criteria`: the success criteria
 * ("1.4.3") of every rule that found something to check, whether it passed or not.
 */
export async function axeAudit(page) {
  await page.evaluate(AXE_SOURCE);
  // Every section laid out, as it is when a reader scrolls to it: the sections below the
  // fold skip layout and paint until then (content-visibility: auto), and axe's target
  // size and contrast rules read what is painted at a point.
  await adoptStyle(page, '* { content-visibility: visible !important; }');
  return page.evaluate(async (tags) => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    const criteria = new Set();
    for (const rule of [...result.passes, ...result.violations]) {
      for (const tag of rule.tags) {
        const m = /^wcag(\d)(\d)(\d+)$/.exec(tag);
        if (m) criteria.add(`${m[1]}.${m[2]}.${m[3]}`);
      }
    }
    return {
      violations: result.violations.map(
        (v) => `${v.id} (${v.nodes.length}): ${v.help} — ${v.nodes[0]?.html.slice(0, 160)}`,
      ),
      criteria: [...criteria],
    };
  }, AXE_TAGS);
}

/** The WCAG 1.4.12 text spacing override (Understanding 1.4.12's bookmarklet, as CSS). */
export const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** Applies `css` over the site's stylesheet through the CSSOM (allowed by the strict CSP). */
export async function adoptStyle(page, css) {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
  await nextFrame(page);
}




/**
 * Scrolls the page a screenful at a time from the top and calls `fn()` at each stop, after
 * the frame that lays that part out (the sections below the fold are laid out only near
 * the viewport: `content-visibility: auto`). Returns the concatenation of what fn returns.
 */
export async function throughPage(page, fn) {
  // Each check measures only what is within 100 px of the screen: the sections below the
  // fold are laid out only there, so their boxes elsewhere are not where they will be.
  const found = [];
  let y = 0;
  for (;;) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await nextFrame(page);
    found.push(...(await fn()));
    const { height, view } = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      view: window.innerHeight,
    }));
    if (y + view >= height) break;
    y += view;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return [...new Set(found)];
}

/**
 * What sticks out of the viewport sideways: the page's own horizontal scroll, and each
 * element laid out past either edge that no scrolling region of its own contains (a data
 * table may scroll inside its region: WCAG 1.4.10 allows it). Elements hidden off screen
 * on purpose (entirely outside, or 1 px: the skip link, visually hidden text) are not
 * content that reflows.
 */
export function sidewaysOverflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found = [];
    const scroll = document.documentElement.scrollWidth;
    if (scroll > width) found.push(`the page scrolls sideways: ${scroll - width} px (${scroll} px wide in ${width} px)`);
    const inScroller = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll') return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      if (!(r.bottom > -100 && r.top < innerHeight + 100)) continue;
      if (r.right <= 0 || r.left >= width) continue;
      if (r.right <= width + 0.5 && r.left >= -0.5) continue;
      if (inScroller(el)) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      found.push(`${describe(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px of ${width}`);
    }
    return found.slice(0, 20);

    function describe(el) {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
    }
  });
}

/**
 * Elements that cut their own text off: a box that hides its overflow (or ellipses it)
 * while its text needs more room than it has. Scrolling regions are not cut off (the
 * reader scrolls them), nor is visually hidden text (1 px, for screen readers).
 */
export function clippedText(page) {
  return page.evaluate(() => {
    const found = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.textContent.trim()) continue;
      const s = getComputedStyle(el);
      const hidesX = s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis';
      const hidesY = s.overflowY === 'hidden' || s.overflowY === 'clip';
      if (!hidesX && !hidesY) continue;
      if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
      if (s.display === 'none' || s.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (!(r.bottom > -100 && r.top < innerHeight + 100)) continue;
      const cutX = hidesX && el.scrollWidth > el.clientWidth + 1;
      const cutY = hidesY && el.scrollHeight > el.clientHeight + 1;
      if (cutX || cutY) {
        const text = el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40);
        found.push(`<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} class="${el.className}"> "${text}" needs ${el.scrollWidth}×${el.scrollHeight} px, has ${el.clientWidth}×${el.clientHeight}`);
      }
    }
    return found;
  });
}

/**
 * Latin words used in Japanese text as they are, with no `lang`: technical terms and
 * proper names (of products: Excel, Chromium), the exception WCAG 3.1.2 makes ("proper
 * names, technical terms, words of indeterminate language"), which a Japanese screen
 * reader reads as it reads them in any Japanese text. Acronyms in capitals (NISC, CSV,
 * RMF) are terms too and need no entry.
 */
export const TERMS_IN_JAPANESE = ['Chromium', 'Excel', 'IoT', 'JavaScript', 'WebAssembly'];

/**
 * Text whose language is not the one its element says (`lang` of the nearest element
 * that has one): Japanese script (kana, kanji) in English, and in Japanese any Latin
 * word of two letters or more that has a small letter and is not one of
 * TERMS_IN_JAPANESE. Code (`<code>`) and addresses are of no language and are left out,
 * and so is text the reader's link brought in (`<bdi>`: a parameter or search text echoed
 * back, whose language cannot be known); so are script and style. Attributes read out (aria-label, title, alt, placeholder) are
 * checked with their element's language.
 */
export function languageOffenders(page, { terms = TERMS_IN_JAPANESE } = {}) {
  return page.evaluate((accepted) => {
    const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/;
    const found = [];
    const langOf = (el) => (el.closest('[lang]')?.getAttribute('lang') || '').toLowerCase().split('-')[0];
    const check = (text, el, where) => {
      const lang = langOf(el);
      if (lang === 'en') {
        const m = JAPANESE.exec(text);
        if (m) found.push(`${where} in English has Japanese: "${text.trim().slice(0, 60)}"`);
      } else if (lang === 'ja') {
        const words = text
          .replace(/\b[a-z][a-z+.-]*:\/\/\S+/gi, ' ')
          .replace(/\S+@\S+\.\S+/g, ' ')
          .replace(/\b[\w-]+\.(csv|json|html|js|mjs)\b/gi, ' ')
          .match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g) || [];
        for (const word of words) {
          if (!/[a-z]/.test(word) || accepted.includes(word)) continue;
          found.push(`${where} in Japanese has the English word "${word}": "${text.trim().slice(0, 60)}"`);
          break;
        }
      } else {
        found.push(`${where} has no language: "${text.trim().slice(0, 60)}"`);
      }
    };
    const describe = (el) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.data.trim()) continue;
      if (el.closest('script, style, code, bdi, title')) continue;
      check(node.data, el, describe(el));
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-description]')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
        const value = el.getAttribute(name);
        if (value && value.trim()) check(value, el, `${describe(el)} ${name}`);
      }
    }
    check(document.title, document.documentElement, '<title>');
    return found;
  }, terms);
}

/**
 * The elements the Tab key should reach, in document order: links, buttons, fields,
 * summaries and anything with tabindex ≥ 0 that is rendered and not disabled or inert.
 * (Radio buttons of one group are one tab stop: only the checked one, or the first.)
 */
export function tabbables(page) {
  return page.evaluate(() => {
    const candidates = document.querySelectorAll(
      'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]',
    );
    const out = [];
    const radioGroups = new Map();
    for (const el of candidates) {
      if (el.disabled || el.closest('[inert]')) continue;
      const ti = el.getAttribute('tabindex');
      if (ti !== null && Number(ti) < 0) continue;
      if (el.tagName === 'SUMMARY' && el.parentElement?.tagName !== 'DETAILS') continue;
      if (el.closest('details:not([open])') && el.tagName !== 'SUMMARY') continue;
      if (el.tagName === 'SUMMARY' && el.parentElement.parentElement?.closest('details:not([open])')) continue;
      if (el.type === 'hidden') continue;
      if (!el.checkVisibility({ checkVisibilityCSS: true })) continue;
      if (el.type === 'radio' && el.name) {
        const key = `${el.form?.id ?? ''}/${el.name}`;
        if (!radioGroups.has(key)) radioGroups.set(key, []);
        radioGroups.get(key).push(el);
        continue;
      }
      out.push(el);
    }
    for (const group of radioGroups.values()) out.push(group.find((r) => r.checked) ?? group[0]);
    out.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    window.__cbeTabbables = out;
    return out.map((el) => el.outerHTML.slice(0, 100));
  });
}

/**
 * The focused element and how its focus shows: its place among `tabbables(page)` (-1 if
 * none), whether it is visible and on screen, its focus outline (style, width, colour),
 * the colour behind it, the contrast between them, and whether any ancestor clips the
 * outline away.
 */
export function focusReport(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { none: true };
    const list = window.__cbeTabbables || [];
    const rect = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const parse = (c) => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null;
    };
    const luminance = ({ r, g, b }) => {
      const f = (v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    // The colour the outline is drawn on: the first opaque background around the element.
    let behind = null;
    for (let p = el.parentElement; p; p = p.parentElement) {
      const c = parse(getComputedStyle(p).backgroundColor);
      if (c && c.a > 0.5) {
        behind = c;
        break;
      }
    }
    behind ??= parse(getComputedStyle(document.documentElement).backgroundColor) ?? { r: 255, g: 255, b: 255, a: 1 };
    const ring = parse(s.outlineColor);
    const width = parseFloat(s.outlineWidth) || 0;
    const offset = parseFloat(s.outlineOffset) || 0;
    let contrast = 0;
    if (ring) {
      const [hi, lo] = [luminance(ring), luminance(behind)].sort((a, b) => b - a);
      contrast = (hi + 0.05) / (lo + 0.05);
    }
    // The outline's outer box must lie inside every ancestor that clips.
    const out = width + offset;
    const ringBox = { left: rect.left - out, right: rect.right + out, top: rect.top - out, bottom: rect.bottom + out };
    let clippedBy = null;
    for (let p = el.parentElement; p && p !== document.documentElement; p = p.parentElement) {
      const ps = getComputedStyle(p);
      if (ps.overflowX === 'visible' && ps.overflowY === 'visible') continue;
      const pr = p.getBoundingClientRect();
      const tol = 0.5;
      if (ringBox.left < pr.left - tol || ringBox.right > pr.right + tol || ringBox.top < pr.top - tol || ringBox.bottom > pr.bottom + tol) {
        clippedBy = `<${p.tagName.toLowerCase()}${p.id ? `#${p.id}` : ''} class="${p.className}">`;
        break;
      }
    }
    const visible = el.checkVisibility({ checkVisibilityCSS: true }) && rect.width >= 1 && rect.height >= 1;
    const onScreen = rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
    return {
      index: list.indexOf(el),
      html: el.outerHTML.slice(0, 100),
      visible,
      onScreen,
      outlineStyle: s.outlineStyle,
      outlineWidth: width,
      outlineColor: s.outlineColor,
      behind: `rgb(${behind.r}, ${behind.g}, ${behind.b})`,
      contrast: Math.round(contrast * 100) / 100,
      clippedBy,
      url: location.href,
    };
  });
}

/**
 * Pointer targets smaller than 24 × 24 CSS px that WCAG 2.5.8's exceptions do not cover:
 * a target inside a sentence (a link in a paragraph or list item with other text), or one
 * whose 24 px circle, centred on it, meets no other target nor another small target's
 * circle (the spacing exception). A check box's or radio's target includes its label, as
 * clicking the label sets it.
 */
export function targetSizeOffenders(page) {
  return page.evaluate(() => {
    const MIN = 24;
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    const targets = [];
    for (const el of document.querySelectorAll(selector)) {
      if (!el.checkVisibility({ checkVisibilityCSS: true })) continue;
      if (el.matches('[tabindex]') && !el.matches('a, button, input, select, textarea, summary, [role="button"]')) continue;
      let rect = el.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1) continue;
      if (!(rect.bottom > -100 && rect.top < innerHeight + 100)) continue;
      if ((el.type === 'checkbox' || el.type === 'radio') && el.labels?.length) {
        for (const label of el.labels) {
          const l = label.getBoundingClientRect();
          const left = Math.min(rect.left, l.left);
          const top = Math.min(rect.top, l.top);
          const right = Math.max(rect.right, l.right);
          const bottom = Math.max(rect.bottom, l.bottom);
          rect = { left, top, right, bottom, width: right - left, height: bottom - top };
        }
      }
      targets.push({ el, rect });
    }
    const inSentence = (el) => {
      if (el.tagName !== 'A') return false;
      const block = el.closest('p, li, dd, td, th');
      if (!block) return false;
      const own = el.textContent.trim();
      return block.textContent.trim().length > own.length;
    };
    const small = targets.filter((t) => (t.rect.width < MIN || t.rect.height < MIN) && !inSentence(t.el));
    const centre = (r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const circleMeetsRect = (c, r) => {
      const dx = Math.max(r.left - c.x, 0, c.x - r.right);
      const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
      return dx * dx + dy * dy < (MIN / 2) ** 2;
    };
    const found = [];
    for (const t of small) {
      const c = centre(t.rect);
      const near = targets.find((o) => o !== t && !o.el.contains(t.el) && !t.el.contains(o.el) && circleMeetsRect(c, o.rect));
      const nearCircle = small.find((o) => {
        if (o === t) return false;
        const d = centre(o.rect);
        return Math.hypot(c.x - d.x, c.y - d.y) < MIN;
      });
      if (near || nearCircle) {
        const other = (near ?? nearCircle).el;
        found.push(
          `${t.el.outerHTML.slice(0, 80)} is ${Math.round(t.rect.width)}×${Math.round(t.rect.height)} px, ` +
            `too close to ${other.outerHTML.slice(0, 60)}`,
        );
      }
    }
    return found;
  });
}

/** Animations and transitions that run, or would run, on the page. */
export function movingThings(page) {
  return page.evaluate(() => {
    const found = document.getAnimations().map((a) => `running: ${a.constructor.name} ${a.animationName ?? a.transitionProperty ?? ''} on <${a.effect?.target?.tagName?.toLowerCase()}>`);
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        if (s.animationName && s.animationName !== 'none') found.push(`animation ${s.animationName} on <${el.tagName.toLowerCase()}${pseudo ?? ''} class="${el.className}">`);
        const durations = s.transitionDuration.split(',').map((d) => parseFloat(d));
        if (durations.some((d) => d > 0)) found.push(`transition ${s.transitionProperty} ${s.transitionDuration} on <${el.tagName.toLowerCase()}${pseudo ?? ''} class="${el.className}">`);
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('smooth scrolling on <html>');
    return [...new Set(found)];
  });
}

/**
 * Chromium's accessibility tree under the element `selector` (through the DevTools
 * protocol's Accessibility domain), flattened in reading order to "role: name [value]"
 * lines; nodes Chromium ignores are skipped, their children kept.
 */
export async function axTree(page, selector) {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = await session.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element ${selector}`);
    const { node } = await session.send('DOM.describeNode', { nodeId });
    const { nodes } = await session.send('Accessibility.getPartialAXTree', {
      backendNodeId: node.backendNodeId,
      fetchRelatives: false,
    });
    const top = nodes[0];
    const { nodes: all } = await session.send('Accessibility.getFullAXTree', {});
    const byId = new Map(all.map((n) => [n.nodeId, n]));
    const lines = [];
    // Text runs of one element read as one (a <wbr> splits a figure's text in two nodes, as
    // a screen reader does not): consecutive StaticText children are joined.
    let lastText = null;
    const walk = (n, parent) => {
      if (!n) return;
      if (!n.ignored && n.role?.value === 'StaticText' && lastText && lastText.parent === parent && lastText.index === lines.length - 1) {
        lines[lastText.index] += (n.name?.value ?? '').replace(/\s+/g, ' ');
        return;
      }
      if (!n.ignored) {
        const role = n.role?.value ?? '';
        const name = (n.name?.value ?? '').replace(/\s+/g, ' ').trim();
        const value = n.value?.value;
        const props = Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value?.value]));
        const state = ['checked', 'pressed', 'expanded', 'selected'].filter((k) => props[k] !== undefined && props[k] !== 'false' && props[k] !== false);
        if (role !== 'none' && role !== 'generic' && !(role === 'StaticText' && !name) && role !== 'InlineTextBox') {
          lines.push(`${role}: ${name}${value !== undefined && value !== '' ? ` [${value}]` : ''}${state.length ? ` (${state.join(', ')})` : ''}`);
          lastText = role === 'StaticText' ? { parent, index: lines.length - 1 } : null;
        }
      }
      for (const child of n.childIds ?? []) walk(byId.get(child), n.nodeId);
    };
    walk(byId.get(top.nodeId), null);
    return lines;
  } finally {
    await session.detach();
  }
}

/**
 * The share of a PNG's pixels that differ from the colour `rgb` ([r, g, b]) by more than
 * a little, decoded in `scratch` (a page of its own with no content and no policy, so the
 * page under test is not touched).
 */
export async function inkFraction(scratch, png, rgb) {
  return scratch.evaluate(
    async ([base64, bg]) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        const d = Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2]);
        if (d > 60) ink += 1;
      }
      return ink / (data.length / 4);
    },
    [png.toString('base64'), rgb],
  );
}
