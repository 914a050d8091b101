import { afterEach, describe, expect, it } from 'vitest';
import { createI18n, detectLanguage, rememberLanguage } from '../../src/i18n/i18n';
import { resources } from '../../src/i18n/resources';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

describe('messages', () => {
  it('have the same keys in both languages and no empty text outside placeholders', () => {
    const en = leaves(resources.en as unknown as Tree);
    const zh = leaves(resources['zh-CN'] as unknown as Tree);
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of [...en, ...zh]) {
      if (!key.endsWith('.placeholder')) expect(text, key).not.toBe('');
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const en = leaves(resources.en as unknown as Tree);
    const zh = leaves(resources['zh-CN'] as unknown as Tree);
    const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    for (const [key, text] of en) expect(vars(zh.get(key) ?? ''), key).toEqual(vars(text));
  });
});

describe('language choice', () => {
  afterEach(() => window.localStorage.clear());

  it('honours ?lang= first, then the remembered choice, then the browser', () => {
    expect(detectLanguage({ search: '?lang=en' })).toBe('en');
    expect(detectLanguage({ search: '?lang=zh-CN' })).toBe('zh-CN');
    rememberLanguage('zh-CN');
    expect(detectLanguage({ search: '' })).toBe('zh-CN');
    expect(detectLanguage({ search: '?lang=en' })).toBe('en');
    window.localStorage.clear();
    // jsdom's navigator speaks en-US.
    expect(detectLanguage({ search: '?lang=xx' })).toBe('en');
  });

  it('keeps ?lang= in the address in step with the switch, so a reload agrees', () => {
    window.history.replaceState(null, '', '/?lang=en#/');
    rememberLanguage('zh-CN');
    expect(window.location.search).toBe('?lang=zh-CN');
    expect(window.location.hash).toBe('#/');
    expect(detectLanguage(window.location)).toBe('zh-CN');
    window.history.replaceState(null, '', '/');
  });

  it('switches the document language with the UI', async () => {
    const i18n = createI18n('en');
    expect(i18n.t('app:list.newBoard')).toBe('New board');
    await i18n.changeLanguage('zh-CN');
    expect(i18n.t('app:list.newBoard')).toBe('新建画布');
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
