// The JavaScript the fillers run in the page: read-only inspection of the form
// (fields and their labels, challenge widgets) so the decisions stay in Swift.
import Foundation

enum FormScripts {
    /// `pick(selector)`: the element the selector names, else the form with the most fields.
    static let pickForm = #"""
        const pick = (selector) => {
          const chosen = selector ? document.querySelector(selector) : null;
          if (chosen) return chosen;
          const forms = [...document.forms];
          forms.sort((a, b) => b.elements.length - a.elements.length);
          return forms[0] || null;
        };

        """#

    /// The submit control of the form `arguments[0]` selects: `arguments[1]` when it matches,
    /// else its `[type=submit]`, else a button without a type (which submits). Null when none.
    static let findSubmit =
        pickForm + #"""
            const preferred = arguments[1] ? document.querySelector(arguments[1]) : null;
            if (preferred) return preferred;
            const form = pick(arguments[0]);
            if (!form) return null;
            return form.querySelector('button[type=submit], input[type=submit]') || form.querySelector('button:not([type])');
            """#

    /// Marks the current document, so a later check can tell a new page from this one.
    static let markDocument = "window.__jobhuntPending = true; return true;"

    /// Whether the submit has settled: a new, fully loaded document, or the form gone.
    static let submitState =
        pickForm + #"""
            const fresh = window.__jobhuntPending !== true && document.readyState === 'complete';
            return { fresh, formGone: !pick(arguments[0]) };
            """#

    /// Returns the fields of the form in `arguments[0]` (a CSS selector, or the form with
    /// the most fields when it matches nothing), one object per input, textarea, select
    /// or radio group: element, tag, type, name, id, autocomplete, label, required,
    /// options (select and radio) and, for radios, the buttons and their labels.
    /// Hidden inputs, buttons and fields not displayed (honeypots) are left out, except
    /// file inputs, which hosted forms hide behind an "Attach" button.
    static let describeFields =
        pickForm + #"""
            const form = pick(arguments[0]);
            if (!form) return null;
            const clean = (text) => (text || '').replace(/\s+/g, ' ').trim();
            const textOf = (node) => {
              if (!node) return '';
              const copy = node.cloneNode(true);
              copy.querySelectorAll('input, select, textarea, option, button, script, style').forEach((n) => n.remove());
              return clean(copy.textContent);
            };
            const displayed = (el) => {
              for (let n = el; n && n !== document; n = n.parentNode) {
                if (n.nodeType === 1 && getComputedStyle(n).display === 'none') return false;
              }
              return true;
            };
            const byIds = (ids) => clean((ids || '').split(/\s+/).map((id) => textOf(document.getElementById(id))).join(' '));
            const labelOf = (el) => {
              const own = [...(el.labels || [])].map((l) => textOf(l.querySelector('.application-label') || l)).filter((t) => t && t.toLowerCase() !== 'attach');
              if (own.length) return own[0];
              if (el.getAttribute('aria-labelledby')) return byIds(el.getAttribute('aria-labelledby'));
              if (el.getAttribute('aria-label')) return clean(el.getAttribute('aria-label'));
              const group = el.closest('[role=group][aria-labelledby], fieldset, .application-question, .field-wrapper, .file-upload');
              if (group) {
                if (group.getAttribute('aria-labelledby')) return byIds(group.getAttribute('aria-labelledby'));
                const legend = group.querySelector('legend, .application-label, .label');
                if (legend) return textOf(legend);
              }
              return clean(el.getAttribute('placeholder') || el.name || el.id);
            };
            const groupLabel = (el) => {
              const set = el.closest('fieldset');
              if (set && set.querySelector('legend')) return textOf(set.querySelector('legend'));
              const group = el.closest('[role=radiogroup], [role=group], .application-question');
              if (group && group.getAttribute('aria-labelledby')) return byIds(group.getAttribute('aria-labelledby'));
              if (group) { const l = group.querySelector('.application-label, .label'); if (l) return textOf(l); }
              return clean(el.name);
            };
            const required = (el, label) => el.required || el.getAttribute('aria-required') === 'true' || /[*✱]\s*$/.test(label);
            const fields = [];
            const radios = {};
            for (const el of form.querySelectorAll('input, textarea, select')) {
              const type = (el.tagName === 'INPUT' ? (el.getAttribute('type') || 'text') : el.tagName).toLowerCase();
              if (['hidden', 'submit', 'button', 'image', 'reset'].includes(type) || el.disabled) continue;
              if (type !== 'file' && !displayed(el)) continue;
              if (type === 'radio') {
                const key = el.name || el.id;
                if (!radios[key]) {
                  const label = groupLabel(el);
                  radios[key] = { element: el, tag: 'input', type: 'radio', name: key, id: el.id, autocomplete: '',
                    label, required: false, options: [], buttons: [] };
                  fields.push(radios[key]);
                }
                const group = radios[key];
                group.required = group.required || required(el, group.label);
                const text = textOf(el.labels && el.labels[0]) || el.value;
                group.options.push(text);
                group.buttons.push({ element: el, label: text, value: el.value });
                continue;
              }
              const label = labelOf(el);
              fields.push({
                element: el, tag: el.tagName.toLowerCase(), type, name: el.name || '', id: el.id || '',
                autocomplete: (el.getAttribute('autocomplete') || '').toLowerCase(), label,
                required: required(el, label),
                options: el.tagName === 'SELECT' ? [...el.options].filter((o) => o.value !== '').map((o) => clean(o.text)) : [],
                buttons: [],
              });
            }
            return fields;
            """#

    /// Selects the option of the select in `arguments[0]` whose text or value is
    /// `arguments[1]` (ignoring case) and fires input and change; returns the option's text or null.
    static let chooseOption = #"""
        const select = arguments[0];
        const wanted = String(arguments[1]).trim().toLowerCase();
        const option = [...select.options].find((o) => o.value !== '' &&
          (o.text.trim().toLowerCase() === wanted || o.value.toLowerCase() === wanted));
        if (!option) return null;
        select.value = option.value;
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return option.text.trim();
        """#

    /// The labels of required fields the browser still finds invalid (constraint validation).
    static let invalidRequired = #"""
        const form = arguments[0] ? document.querySelector(arguments[0]) : null;
        const root = form || document;
        return [...root.querySelectorAll('input, textarea, select')]
          .filter((el) => el.required && el.willValidate && !el.checkValidity())
          .map((el) => el.name || el.id);
        """#

    /// The kind of challenge or refusal the page shows, or null. Widgets and frames of
    /// reCAPTCHA, hCaptcha and Turnstile; the navigation's HTTP status (403, 429); and
    /// the words of interstitial pages, read only from short pages and headings so a job
    /// description mentioning "access denied" does not stop a run.
    static let detectBlock = #"""
        const q = (s) => document.querySelector(s);
        const frames = [...document.querySelectorAll('iframe')].map((f) => (f.src + ' ' + (f.title || '')).toLowerCase()).join(' ');
        if (q('.g-recaptcha, #g-recaptcha, .grecaptcha-badge') || frames.includes('recaptcha')) return 'recaptcha';
        if (q('.h-captcha, #h-captcha, [data-hcaptcha-widget-id]') || frames.includes('hcaptcha')) return 'hcaptcha';
        if (q('.cf-turnstile, [data-turnstile-sitekey]') || frames.includes('challenges.cloudflare.com')) return 'turnstile';
        const navigation = performance.getEntriesByType('navigation')[0];
        const status = navigation ? navigation.responseStatus : 0;
        if (status === 429) return 'rate-limited';
        if (status === 403) return 'access-denied';
        const body = document.body ? document.body.innerText : '';
        const headings = [...document.querySelectorAll('h1, h2')].map((h) => h.innerText).join(' ');
        const text = (document.title + ' ' + headings + ' ' + (body.length < 3000 ? body : '')).toLowerCase();
        if (/are you a robot|verify (that )?you are (a )?human|verify you're (a )?human|i'm not a robot|just a moment\.\.\.|checking your browser|unusual traffic/.test(text)) return 'robot-check';
        if (/too many requests|rate limit exceeded/.test(text)) return 'rate-limited';
        if (/access denied|403 forbidden|request blocked/.test(text)) return 'access-denied';
        return null;
        """#
}
