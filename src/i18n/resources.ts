import { app as enApp } from './en/app';
import { canvas as enCanvas } from './en/canvas';
import { domain as enDomain } from './en/domain';
import { share as enShare } from './en/share';
import { swimlane as enSwimlane } from './en/swimlane';
import { app as zhApp } from './zh-CN/app';
import { canvas as zhCanvas } from './zh-CN/canvas';
import { domain as zhDomain } from './zh-CN/domain';
import { share as zhShare } from './zh-CN/share';
import { swimlane as zhSwimlane } from './zh-CN/swimlane';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every namespace of messages, per language. New views add their namespace here. */
export const resources = {
  en: { app: enApp, domain: enDomain, canvas: enCanvas, swimlane: enSwimlane, share: enShare },
  'zh-CN': { app: zhApp, domain: zhDomain, canvas: zhCanvas, swimlane: zhSwimlane, share: zhShare },
} as const;
export const NAMESPACES = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];
