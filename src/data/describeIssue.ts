/** Plain-sentence reasons for zod issues, shared by the dataset and scene-file checks. */
import type { core } from 'zod/mini';
import { CALENDAR_DATE_MESSAGE, calendarDateProblem } from './calendarDate';

/** A name or value cut to `max` characters with an ellipsis, so no message runs on. */
export function shorten(text: string, max = 40): string {
  if (text.length <= max) return text;
  // Never end on half a surrogate pair.
  const cut = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, cut)}…`;
}

/** "a, b, c, d, e and 150 more": at most `max` items, each shortened. */
export function listShort(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).map((item) => shorten(item));
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return value.length > 40 ? `a string ("${shorten(value, 38)}")` : `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = root;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

/** zod/mini ships no locale, so turn its issue codes into sentences here. */
export function describeIssue(issue: core.$ZodIssue, root: unknown): string {
  const actual = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return actual === undefined
        ? `missing required field (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${describeValue(actual)}`;
    case 'invalid_value':
      return `expected ${
        issue.values.length > 16
          ? `one of ${listShort(
              issue.values.map((v) => JSON.stringify(v)),
              16,
            )}`
          : issue.values.map((v) => JSON.stringify(v)).join(' or ')
      }, got ${describeValue(actual)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `must not be empty`
        : issue.origin === 'array'
          ? `needs at least ${String(issue.minimum)} item(s)`
          : `must be at least ${String(issue.minimum)}, got ${describeValue(actual)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is too long (at most ${String(issue.maximum)} characters)`
        : `must be at most ${String(issue.maximum)}, got ${describeValue(actual)}`;
    case 'invalid_format':
      if (issue.message === CALENDAR_DATE_MESSAGE && typeof actual === 'string')
        return `${describeValue(actual)} is not a calendar date: ${calendarDateProblem(actual) ?? 'invalid'}`;
      return `${issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid ${issue.format}`}, got ${describeValue(actual)}`;
    case 'unrecognized_keys':
      return `unknown field(s) ${listShort(issue.keys)}`;
    case 'invalid_union':
      return `does not match any allowed form, got ${describeValue(actual)}`;
    default:
      return issue.message || 'invalid value';
  }
}
