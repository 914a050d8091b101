import type { i18n as I18n, TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const SIMPLE_VAR = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * i18next's `t` for the many small components of a big view (swimlane cells, map nodes), with
 * each key's template looked up once: switching a 250-stage board to the swimlane asks about
 * 12,000 texts, and i18next parses the key, resolves the namespace and resets its interpolation
 * regexps for every one (a CPU profile put 400 ms of the switch there). Keys without a
 * namespace prefix are read from `defaultNs`. A template with only plain `{{name}}` variables is
 * filled here, plurals included (a 1,000-node map asks ~1,000 "N concerns"); anything else
 * (contexts, ordinals, nesting, formats, a key this language lacks) goes to i18next.
 * Valid for one language: the view makes a new one when the language changes.
 */
export function cachedT<T extends TFunction<never>>(
  t: T,
  i18n: I18n,
  lang: string,
  defaultNs: string,
): T {
  const templates = new Map<string, string | null>();
  const template = (key: string): string | null => {
    let found = templates.get(key);
    if (found !== undefined) return found;
    const colon = key.indexOf(':');
    const ns = colon >= 0 ? key.slice(0, colon) : defaultNs;
    const path = colon >= 0 ? key.slice(colon + 1) : key;
    const res: unknown = i18n.getResource(lang, ns, path);
    found =
      typeof res === 'string' && !res.includes('$t(') && !/\{\{(?!\s*\w+\s*\}\})/.test(res)
        ? res
        : null;
    templates.set(key, found);
    return found;
  };
  const rules = new Intl.PluralRules(lang);
  // As i18next picks a plural form: `_zero` for a count of 0 where the language has it, then the
  // form the language's rules give; a missing form goes to i18next (with its fallbacks).
  const plural = (key: string, count: unknown): string | null => {
    if (typeof count !== 'number') return null;
    return (
      (count === 0 ? template(`${key}_zero`) : null) ?? template(`${key}_${rules.select(count)}`)
    );
  };
  const fast = (key: unknown, options?: unknown): string => {
    const opts = options as Record<string, unknown> | undefined;
    const plain =
      typeof key === 'string' &&
      (opts === undefined ||
        (typeof opts === 'object' && !('context' in opts) && !('ordinal' in opts)));
    const tpl = !plain ? null : opts && 'count' in opts ? plural(key, opts.count) : template(key);
    if (tpl === null) return (t as unknown as (k: unknown, o?: unknown) => string)(key, options);
    if (!opts) return tpl;
    return tpl.replace(SIMPLE_VAR, (whole, name: string) =>
      Object.hasOwn(opts, name) ? String(opts[name]) : whole,
    );
  };
  return fast as unknown as T;
}

/**
 * `useTranslation(ns)` with its `t` cached as above (templates read from `ns[0]`), a new one only
 * when the language changes.
 */
export function useCachedTranslation<const N extends readonly [string, ...string[]]>(ns: N) {
  const { t, i18n } = useTranslation(ns);
  const lang = i18n.language;
  const first = ns[0];
  const cached = useMemo(() => cachedT(t, i18n, lang, first), [t, i18n, lang, first]);
  return { t: cached, i18n };
}
