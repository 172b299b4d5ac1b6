// Which parts of the page the reader can see, so a change is painted there first and the
// parts out of view follow after that frame (src/ui/html_host.rs says why). JavaScript, not
// Rust: the observer's bookkeeping is a few lines here and many bindings there.

let observer = null;
// The parts whose element is out of the viewport, as the observer last reported them. A part
// not reported yet counts as in view: it is drawn at once, as before.
const outOfView = new WeakSet();

// Watches the parts (`[data-part]`) now in `root`; the parts of a page drawn before are
// forgotten.
export function watchParts(root) {
  if (typeof IntersectionObserver !== 'function') return;
  if (observer) observer.disconnect();
  observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) outOfView.delete(entry.target);
      else outOfView.add(entry.target);
    }
  });
  for (const part of root.querySelectorAll('[data-part]')) observer.observe(part);
}

// Whether the reader may be looking at `part`: in the viewport, or holding the keyboard
// focus (a reader tabbing through a part sees it change at once).
export function inView(part) {
  return !outOfView.has(part) || part.contains(document.activeElement);
}
