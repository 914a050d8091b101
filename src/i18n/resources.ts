import { messages as en } from './en';
import { messages as zh } from './zh-CN';

/**
 * Every namespace of messages, per language, for code that needs both at once (exports, tests).
 * The app itself loads one language at a time through `bundles.ts`. New views add their
 * namespace in `<lang>/index.ts`.
 */
export const resources = { en, 'zh-CN': zh } as const;
export const NAMESPACES = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];
