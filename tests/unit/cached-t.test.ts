import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/i18n/bundles';
import { createI18n } from '../../src/i18n/i18n';
import { resources } from '../../src/i18n/resources';
import { cachedT } from '../../src/i18n/cachedT';

/** Every leaf key of a namespace, as `a.b.c`. */
function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('cached translations (swimlane cells, map nodes)', () => {
  it('give exactly what i18next gives, for every key of their namespaces in both languages', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      await loadLanguage(lang);
      const i18n = createI18n(lang);
      const t = i18n.getFixedT(lang, ['swimlane', 'domain']) as TFunction<['swimlane', 'domain']>;
      const fast = cachedT(t, i18n, lang, 'swimlane');
      const call = (f: typeof t, key: string, o?: object) =>
        (f as unknown as (k: string, o?: object) => string)(key, o);
      let checked = 0;
      // The map's nodes use it with `canvas` as their own namespace.
      const canvasT = i18n.getFixedT(lang, ['canvas', 'domain']) as unknown as typeof t;
      const canvasFast = cachedT(canvasT, i18n, lang, 'canvas');
      for (const key of keys(resources[lang].canvas)) {
        const base = key.replace(/_(one|other|zero|few|many|two)$/, '');
        for (const o of [
          undefined,
          { name: 'Ann', value: 4, count: 2 },
          { name: 'Ann', value: 4, count: 1 },
          { name: 'Ann', value: 4, count: 0 },
          { name: 'Ann', value: 4, count: 21 },
          { name: 'Ann', value: 4 },
        ]) {
          expect(call(canvasFast, base, o), `${lang} canvas ${base}`).toBe(call(canvasT, base, o));
          checked++;
        }
      }
      for (const ns of ['swimlane', 'domain'] as const) {
        for (const key of keys(resources[lang][ns])) {
          const base = key.replace(/_(one|other|zero|few|many|two)$/, '');
          const full = ns === 'swimlane' ? base : `domain:${base}`;
          const args = {
            step: 'Budget <b>',
            text: 'CRM & co',
            name: 'Ann',
            role: 'Sales',
            lane: 'Actions',
            missing: 'x',
            value: 3,
            code: 'c',
          };
          // The same key asked twice (the second from the cache), with and without values.
          for (const o of [undefined, args, args, { ...args, count: 2 }, { ...args, count: 1 }]) {
            expect(call(fast, full, o), `${lang} ${full} ${JSON.stringify(o)}`).toBe(
              call(t, full, o),
            );
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(200);
      // Plain texts never reach i18next: they come from the cached template.
      let calls = 0;
      const counted = ((k: string, o?: object) => {
        calls++;
        return call(t, k, o);
      }) as unknown as typeof t;
      const cached = cachedT(counted, i18n, lang, 'swimlane');
      for (let i = 0; i < 3; i++) {
        call(cached, 'cell.add');
        call(cached, 'cell.addLabel', { lane: 'Actions', step: 'Budget' });
        call(cached, 'domain:lane.actions');
      }
      expect(calls).toBe(0);
      // Nor do plurals.
      const cachedCanvas = cachedT(counted, i18n, lang, 'canvas');
      for (const count of [0, 1, 2, 7])
        expect(call(cachedCanvas, 'node.concerns', { count })).toBe(
          call(canvasT, 'node.concerns', { count }),
        );
      expect(calls).toBe(0);
      // A key the language does not have goes to i18next (which names it).
      expect(call(fast, 'no.such.key')).toBe(call(t, 'no.such.key'));
    }
  });
});
