// Brings a container's content to new markup (src/markup) by changing, in place, only the
// nodes that differ: a filter click mostly changes numbers, and replacing laid-out tables
// (innerHTML) cost more than the change. JavaScript, not Rust: from Rust each node compared
// is a call across the wasm boundary. BENCHMARKS.md has the measurements.
// Written here rather than taken from npm (compared for issue 20 on the behaviours below):
// morphdom is 3,105 B gzip minified and idiomorph 3,789 B, against this file's 825 B, and
// both need these same rules as callbacks to keep an open <details> or help bubble and what
// the reader is typing; idiomorph's `ignoreActiveValue` also leaves the checkbox just clicked
// out of step with the markup. html_host.rs puts the focus back when a redraw moves it.

export function morph(container, html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  patchChildren(container, template.content);
}

function patchChildren(live, next) {
  let current = live.firstChild;
  let wanted = next.firstChild;
  while (wanted) {
    // Moving `wanted` takes it out of `next`: read its sibling first.
    const following = wanted.nextSibling;
    if (!current) {
      live.appendChild(wanted);
    } else if (current.nodeType === wanted.nodeType && current.nodeName === wanted.nodeName) {
      patchNode(current, wanted);
      current = current.nextSibling;
    } else {
      const after = current.nextSibling;
      live.replaceChild(wanted, current);
      current = after;
    }
    wanted = following;
  }
  while (current) {
    const after = current.nextSibling;
    live.removeChild(current);
    current = after;
  }
}

function patchNode(live, next) {
  if (live.nodeType !== Node.ELEMENT_NODE) {
    if (live.nodeValue !== next.nodeValue) live.nodeValue = next.nodeValue;
    return;
  }
  // An open help bubble is the reader's, like an open <details>: a live region whose text
  // is replaced is announced again, at every filter click. html_host reopens its button and
  // rewrites the text only when the words changed (another language).
  if (live.classList.contains('term-help-bubble') && live.classList.contains('open')) return;
  // Most of a redraw is unchanged (a filter click changes numbers): the browser compares a
  // whole subtree natively, far faster than walking it here node by node.
  if (live.isEqualNode(next)) {
    syncInputsWithin(live, next);
    return;
  }
  const wanted = next.attributes;
  for (let i = 0; i < wanted.length; i += 1) {
    const { name, value } = wanted[i];
    if (live.getAttribute(name) !== value) live.setAttribute(name, value);
  }
  // Every wanted attribute is now set: only a longer list holds one to remove.
  const have = live.attributes;
  if (have.length !== wanted.length) {
    for (let i = have.length - 1; i >= 0; i -= 1) {
      const { name } = have[i];
      // `open` on a <details> is the reader's, not the markup's.
      if (!next.hasAttribute(name) && !(name === 'open' && live.nodeName === 'DETAILS')) live.removeAttribute(name);
    }
  }
  if (live.nodeName === 'INPUT') syncInput(live, next);
  patchChildren(live, next);
}

// Equal markup can still hide an input whose property the reader changed.
function syncInputsWithin(live, next) {
  if (live.nodeName === 'INPUT') {
    syncInput(live, next);
    return;
  }
  const inputs = live.getElementsByTagName('input');
  if (inputs.length === 0) return;
  const wanted = next.getElementsByTagName('input');
  for (let i = 0; i < inputs.length; i += 1) syncInput(inputs[i], wanted[i]);
}

// An input's attributes are only its first state: once the reader has clicked or typed, the
// page shows its properties. A radio button's or checkbox's `checked` follows the markup (the
// view's state); a text input's value only when the markup has one and the reader is not in
// that input (typing, or composing with an IME): what they type is theirs.
function syncInput(live, next) {
  if (live.type === 'checkbox' || live.type === 'radio') {
    const checked = next.hasAttribute('checked');
    if (live.checked !== checked) live.checked = checked;
  } else if (next.hasAttribute('value') && live !== document.activeElement) {
    const value = next.getAttribute('value');
    if (live.value !== value) live.value = value;
  }
}
