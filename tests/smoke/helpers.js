// Finds things on the page by what a person sees, the same way in both
// engines: evaluated in the page by webkit_smoke.py and firefox_smoke.mjs.
window.__smoke = {
  text: (el) => (el.textContent || '').replace(/\s+/g, ' ').trim(),
  visible: (el) => !!el && el.getClientRects().length > 0,
  // A button (or link styled as one) whose visible text is `name`, or
  // starts with it when `prefix` is set.
  button(name, prefix) {
    const all = [...document.querySelectorAll('button, a, [role=button]')];
    return all.find((el) => this.visible(el) && (prefix ? this.text(el).startsWith(name) : this.text(el) === name)) || null;
  },
  // A form field by its label's exact text.
  field(label) {
    for (const l of document.querySelectorAll('label')) {
      if (this.text(l) !== label) continue;
      const el = l.htmlFor ? document.getElementById(l.htmlFor) : l.querySelector('input, textarea, select');
      if (this.visible(el)) return el;
    }
    return null;
  },
  // The button that sends the form holding `el`.
  submitOf(el) {
    const form = el && el.closest('form');
    return form ? form.querySelector('button[type=submit], button:not([type])') : null;
  },
  // The app's navigation, not the copy the build writes into the page
  // (.ci/prerender.mjs), which shows before the app has started.
  nav: () => document.querySelector('header:not([data-prerendered]) nav[aria-label="Main"]'),
  heading: () => { const h = document.querySelector('h1'); return h ? window.__smoke.text(h) : ''; },
  hasText: (t) => (document.body.innerText || '').includes(t),
};
