// The event panel: the coded fields, the cleaned article(s) with each field's evidence highlighted
// (hover a field to see its words), the sources, the review history and the review buttons.
// Everything from articles goes through textContent (dom.js): it is shown, never run.
import { api, auth } from './api.js';
import { colorOf } from './colors.js';
import { append, clear, el, safeLink } from './dom.js';
import { segments } from './highlight.js';

const FIELDS = [
  ['event_date', 'Date'], ['time_precision', 'Time precision'], ['event_type', 'Event type'], ['sub_event_type', 'Sub-event type'],
  ['disorder_type', 'Disorder type'], ['civilian_targeting', 'Civilian targeting'], ['location', 'Location'], ['admin1', 'Admin 1'],
  ['admin2', 'Admin 2'], ['country', 'Country'], ['latitude', 'Latitude'], ['longitude', 'Longitude'], ['geo_precision', 'Geo precision'],
  ['fatalities', 'Fatalities'], ['arrests', 'Arrests'], ['inter1', 'Inter 1'], ['inter2', 'Inter 2'], ['interaction', 'Interaction'],
  ['actor1', 'Actor 1'], ['assoc_actor_1', 'Assoc. actor 1'], ['actor2', 'Actor 2'], ['assoc_actor_2', 'Assoc. actor 2'],
  ['notes', 'Notes'],
];
const NUMERIC = new Set(['inter1', 'inter2', 'interaction', 'latitude', 'longitude', 'geo_precision', 'time_precision', 'fatalities', 'arrests']);
/** Evidence fields that support a displayed field under another name. */
const EVIDENCE_ALIASES = { sub_event_type: ['event_type'], admin1: ['location'], country: ['location'], latitude: ['location'], longitude: ['location'] };

export function createEventPanel(panel, { onChanged, onClose }) {
  let current = null;

  function setActive(field, on) {
    for (const mark of panel.querySelectorAll('mark.evidence')) {
      if (mark.dataset.fields.split(' ').includes(field)) mark.classList.toggle('active', on);
    }
  }

  function fieldRows(event, evidenceFields) {
    return FIELDS.filter(([key]) => event[key] !== '' && event[key] !== null && event[key] !== undefined && !(key === 'inter2' && event[key] === 0))
      .map(([key, label]) => {
        const supported = [key, ...(EVIDENCE_ALIASES[key] ?? [])].find((f) => evidenceFields.has(f));
        let value = String(event[key]);
        if (key === 'fatalities' && event.fatalities_unknown) value += ' (unknown)';
        const wide = key === 'notes' || key.startsWith('actor') || key.startsWith('assoc');
        return el('div', {
          class: ['field', supported ? 'has-evidence' : '', wide ? 'wide' : ''].filter(Boolean).join(' '), dataset: { field: supported ?? '' },
          onmouseenter: () => supported && setActive(supported, true),
          onmouseleave: () => supported && setActive(supported, false),
        }, el('dt', {}, label), el('dd', {}, value));
      });
  }

  function article(doc, spans) {
    const body = el('div', { class: 'article-text' });
    for (const seg of segments(doc.text, spans)) {
      body.appendChild(seg.fields.length
        ? el('mark', { class: 'evidence', dataset: { fields: seg.fields.join(' ') }, title: seg.fields.join(', ') }, seg.text)
        : document.createTextNode(seg.text));
    }
    return el('article', { class: 'doc' },
      el('h4', {}, doc.title || '(untitled)'),
      el('div', { class: 'doc-meta' }, [doc.source, doc.publishedAt].filter(Boolean).join(' · '), doc.url ? ' · ' : '', doc.url ? safeLink(doc.url, 'original') : ''),
      body);
  }

  function reviewForm(event, notice) {
    const message = el('p', { class: notice ? 'review-message ok' : 'review-message', role: 'status' }, notice ?? '');
    const comment = el('input', { type: 'text', class: 'comment', placeholder: 'Comment (optional)', 'aria-label': 'Review comment' });
    const fieldSelect = el('select', { 'aria-label': 'Field to edit' }, FIELDS.map(([key, label]) => el('option', { value: key }, label)));
    const valueInput = el('input', { type: 'text', placeholder: 'New value', 'aria-label': 'New value' });
    fieldSelect.addEventListener('change', () => { valueInput.value = String(event[fieldSelect.value] ?? ''); });
    fieldSelect.value = 'fatalities';
    valueInput.value = String(event.fatalities);

    async function send(action, changes) {
      if (!auth.token) { message.textContent = 'Set an API token first (Token button, top right).'; message.className = 'review-message error'; return; }
      const reviewer = auth.reviewer || 'analyst';
      try {
        await api.review(event.event_id, { action, reviewer, comment: comment.value, ...(changes ? { changes } : {}) });
        await open(event.event_id, `${action === 'edit' ? 'Edit' : action === 'confirm' ? 'Confirmation' : 'Rejection'} recorded.`);
        onChanged();
      } catch (err) {
        message.textContent = err.message;
        message.className = 'review-message error';
      }
    }
    const editValue = () => {
      const key = fieldSelect.value;
      const raw = valueInput.value.trim();
      return { [key]: NUMERIC.has(key) ? Number(raw) : raw };
    };
    return el('section', { class: 'review' },
      el('h3', {}, 'Review'),
      comment,
      el('div', { class: 'review-buttons' },
        el('button', { type: 'button', class: 'button primary', id: 'confirm-event', onclick: () => send('confirm') }, 'Confirm'),
        el('button', { type: 'button', class: 'button danger', id: 'reject-event', onclick: () => send('reject') }, 'Reject')),
      el('div', { class: 'edit-row' }, fieldSelect, valueInput,
        el('button', { type: 'button', class: 'button', id: 'edit-event', onclick: () => send('edit', editValue()) }, 'Save edit')),
      message);
  }

  function history(reviews) {
    if (reviews.length === 0) return el('p', { class: 'muted' }, 'Not reviewed yet.');
    return el('ol', { class: 'history' }, reviews.map((r) => el('li', {},
      el('span', { class: `status status-${r.action}` }, r.action), ' ',
      el('strong', {}, r.reviewer), ' ', el('time', {}, r.createdAt.replace('T', ' ').slice(0, 16)),
      r.comment ? el('div', { class: 'muted' }, r.comment) : '',
      r.changes ? el('div', { class: 'changes' }, Object.entries(r.changes).map(([f, c]) => `${f}: ${c.from} → ${c.to}`).join('; ')) : '')));
  }

  /** Show an event; `notice` is a line to show under the review buttons (after a review). */
  async function open(id, notice) {
    const detail = await api.event(id);
    current = detail;
    const e = detail.event;
    const evidenceFields = new Set(detail.evidence.map((s) => s.field));
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = colorOf(e.event_type);
    append(clear(panel), [
      el('div', { class: 'panel-head' },
        el('div', {}, el('h2', {}, swatch, e.sub_event_type || e.event_type),
          el('div', { class: 'muted' }, `${e.event_date} · ${[e.location, e.admin1, e.country].filter(Boolean).join(', ')} · `, el('span', { class: `status status-${e.status}` }, e.status))),
        el('button', { type: 'button', class: 'close', 'aria-label': 'Close', onclick: () => { panel.hidden = true; current = null; onClose(); } }, '×')),
      el('p', { class: 'hint' }, 'Hover a field to highlight its evidence in the article.'),
      el('dl', { class: 'fields' }, fieldRows(e, evidenceFields)),
      el('h3', {}, detail.documents.length > 1 ? `Articles (${detail.documents.length})` : 'Article'),
      detail.documents.length ? detail.documents.map((doc) => article(doc, detail.evidence.filter((s) => s.document_id === doc.id))) : el('p', { class: 'muted' }, 'No stored article.'),
      el('h3', {}, `Sources (${detail.sources.length})`),
      el('ul', { class: 'sources' }, detail.sources.map((s) => el('li', {}, el('strong', {}, s.source || 'unknown source'), ' ', s.publishedAt ? `(${s.publishedAt}) ` : '', s.url ? safeLink(s.url) : el('span', { class: 'muted' }, s.origin)))),
      reviewForm(e, notice),
      el('h3', {}, 'History'),
      history(detail.reviews)]);
    panel.hidden = false;
    panel.scrollTop = 0;
    return detail;
  }

  return { open, get current() { return current; } };
}
