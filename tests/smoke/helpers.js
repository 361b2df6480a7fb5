// Finds things on the page by what a person sees, the same way in both
// engines: evaluated in the page by webkit_smoke.py and firefox_smoke.mjs.
window.__smoke = {
  text: (el) => (el.textContent || '').replace(/\s+/g, ' ').trim(),
  // Shown, and not in an inert copy (the one the build writes into the
  // page, or the last screen kept, src/storage/last_screen.rs): a person
  // sees those too, but cannot use them until the app has taken over.
  visible: (el) => !!el && el.getClientRects().length > 0 && !el.closest('[inert]'),
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
  // (.ci/prerender.mjs) nor the last screen kept, which show before the
  // app has started.
  nav: () => document.querySelector('header:not([data-prerendered]):not([data-last-screen]) nav[aria-label="Main"]'),
  heading: () => { const h = document.querySelector('h1'); return h ? window.__smoke.text(h) : ''; },
  // Text the page shows outside an inert copy (see `visible`).
  hasText: (t) => [...document.body.children].filter((e) => !e.closest('[inert]'))
    .some((e) => (e.innerText || '').includes(t)),
};
