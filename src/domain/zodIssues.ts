/** Translates zod's issues into our ValidationIssue shape with our own English wording. */
import type { z } from 'zod';
import { formatPath, issue, showValue } from './issues';
import type { ValidationIssue } from './issues';

type ZodIssue = z.core.$ZodIssue;

function describeType(expected: string): string {
  if (expected === 'int') return 'an integer';
  if (expected === 'array' || expected === 'object') return `an ${expected}`;
  return `a ${expected}`;
}

function bound(raw: unknown): number {
  return typeof raw === 'bigint' ? Number(raw) : typeof raw === 'number' ? raw : 0;
}

/** Maps one zod issue found at `prefix` (e.g. ['board']) to a ValidationIssue. */
export function fromZodIssue(zi: ZodIssue, prefix: readonly PropertyKey[]): ValidationIssue {
  const path = formatPath([...prefix, ...zi.path]);
  const input: unknown = zi.input;
  const value = showValue(input);
  // Params carry the bare text of a string (like the ids of reference issues), messages quote it.
  const bare = typeof input === 'string' ? input.slice(0, 40) : value;
  switch (zi.code) {
    case 'invalid_type': {
      if (input === undefined && zi.expected !== 'int') {
        return issue(path, 'required', 'is required', { expected: zi.expected });
      }
      const expected = describeType(zi.expected);
      const shown = 'received' in zi && typeof zi.received === 'string' ? zi.received : value;
      return issue(path, 'type', `${shown} is not ${expected}`, { value: shown, expected });
    }
    case 'invalid_value': {
      const allowed = zi.values.map((v) => String(v)).join(', ');
      return issue(path, 'enum', `${value} is not one of ${allowed}`, {
        value: bare,
        expected: allowed,
      });
    }
    case 'too_small': {
      const min = bound(zi.minimum);
      if (zi.origin === 'array') {
        return issue(path, 'too-small', `needs at least ${min} item(s)`, { min });
      }
      if (zi.origin === 'string') {
        return issue(path, 'too-small', `must not be empty`, { min });
      }
      const rule = zi.inclusive ? `at least ${min}` : `greater than ${min}`;
      return issue(path, 'range', `${value} must be ${rule}`, { value, min });
    }
    case 'too_big': {
      const max = bound(zi.maximum);
      if (zi.origin === 'array') {
        return issue(path, 'too-large', `has more than ${max} items`, { max });
      }
      if (zi.origin === 'string') {
        return issue(path, 'too-large', `is longer than ${max} characters`, { max });
      }
      return issue(path, 'range', `${value} must be at most ${max}`, { value, max });
    }
    case 'custom': {
      const params = (zi.params ?? {}) as Record<string, string | number>;
      const code = params.rule === 'iso-date' ? 'date' : 'range';
      const expected = params.rule === 'iso-date' ? 'ISO 8601 date' : '';
      const text = params.rule === 'iso-date' ? `${value} is not an ISO 8601 date` : zi.message;
      return issue(path, code, text, { value: bare, expected, ...params });
    }
    default:
      return issue(path, 'type', zi.message, { value });
  }
}
