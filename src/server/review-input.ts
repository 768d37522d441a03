// The body of POST /api/events/:id/review → a validated ReviewInput, or a 400 listing the problems.
import { EDITABLE_FIELDS, type EditableField, type FieldValue, type ReviewInput } from '../store/reviews.js';
import { badRequest } from './errors.js';
import { isIsoDay } from './params.js';

const ACTIONS = ['confirm', 'edit', 'reject'] as const;
const MAX_FIELD_TEXT = 2000;
const MAX_NOTES = 20_000;

/** Check one edited value against the kind of its field; the stored value, or a problem. */
function checkValue(field: EditableField, value: unknown): { value: FieldValue } | { problem: string } {
  const kind = EDITABLE_FIELDS[field];
  const isInt = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  switch (kind) {
    case 'date':
      return typeof value === 'string' && isIsoDay(value) ? { value } : { problem: `${field} must be a date YYYY-MM-DD` };
    case 'precision':
      return isInt(value, 1, 3) ? { value: value as number } : { problem: `${field} must be 1, 2 or 3` };
    case 'inter':
      return isInt(value, 0, 8) ? { value: value as number } : { problem: `${field} must be an ACLED inter code 0-8` };
    case 'count':
      return isInt(value, 0, 1_000_000) ? { value: value as number } : { problem: `${field} must be a whole number >= 0` };
    case 'latitude':
      return typeof value === 'number' && Math.abs(value) <= 90 ? { value } : { problem: `${field} must be a number from -90 to 90` };
    case 'longitude':
      return typeof value === 'number' && Math.abs(value) <= 180 ? { value } : { problem: `${field} must be a number from -180 to 180` };
    case 'flag':
      return typeof value === 'boolean' || value === 0 || value === 1 ? { value: value ? 1 : 0 } : { problem: `${field} must be true or false` };
    case 'text': {
      const max = field === 'notes' ? MAX_NOTES : MAX_FIELD_TEXT;
      return typeof value === 'string' && value.length <= max ? { value: value.trim() } : { problem: `${field} must be a string of at most ${max} characters` };
    }
  }
}

/** Validate a review body for event `eventId`; `defaultReviewer` is used when the body names none. */
export function parseReview(eventId: string, body: unknown, defaultReviewer: string | null): ReviewInput {
  const problems: string[] = [];
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest(['the body must be a JSON object {action, reviewer, comment?, changes?}']);
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b)) if (!['action', 'reviewer', 'comment', 'changes'].includes(key)) problems.push(`unknown field "${key.slice(0, 40)}"`);

  const action = b.action;
  if (typeof action !== 'string' || !(ACTIONS as readonly string[]).includes(action)) problems.push(`action must be one of ${ACTIONS.join(', ')}`);
  const reviewer = b.reviewer === undefined ? defaultReviewer : b.reviewer;
  if (typeof reviewer !== 'string' || !reviewer.trim() || reviewer.length > 100) problems.push('reviewer must be a non-empty string of at most 100 characters');
  if (b.comment !== undefined && (typeof b.comment !== 'string' || b.comment.length > 5000)) problems.push('comment must be a string of at most 5000 characters');

  const changes: Partial<Record<EditableField, FieldValue>> = {};
  if (b.changes !== undefined) {
    if (action !== 'edit') problems.push('changes are only allowed with action "edit"');
    else if (!b.changes || typeof b.changes !== 'object' || Array.isArray(b.changes)) problems.push('changes must be an object {field: value}');
    else {
      for (const [field, value] of Object.entries(b.changes as Record<string, unknown>)) {
        if (!(field in EDITABLE_FIELDS)) { problems.push(`field "${field.slice(0, 40)}" cannot be edited; editable fields are ${Object.keys(EDITABLE_FIELDS).join(', ')}`); continue; }
        const checked = checkValue(field as EditableField, value);
        if ('problem' in checked) problems.push(checked.problem);
        else changes[field as EditableField] = checked.value;
      }
    }
  }
  if (action === 'edit' && Object.keys(changes).length === 0 && problems.length === 0) problems.push('an edit needs changes: {field: value}');
  if (problems.length) throw badRequest(problems);
  return {
    eventId,
    action: action as ReviewInput['action'],
    reviewer: (reviewer as string).trim(),
    comment: typeof b.comment === 'string' ? b.comment.trim() : '',
    changes: action === 'edit' ? changes : undefined,
  };
}
