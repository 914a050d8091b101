import { app as enApp } from './en/app';
import { canvas as enCanvas } from './en/canvas';
import { domain as enDomain } from './en/domain';
import { share as enShare } from './en/share';
import { swimlane as enSwimlane } from './en/swimlane';
import { workshop as enWorkshop } from './en/workshop';
import { app as zhApp } from './zh-CN/app';
import { canvas as zhCanvas } from './zh-CN/canvas';
import { domain as zhDomain } from './zh-CN/domain';
import { share as zhShare } from './zh-CN/share';
import { swimlane as zhSwimlane } from './zh-CN/swimlane';
import { workshop as zhWorkshop } from './zh-CN/workshop';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every namespace of messages, per language. New views add their namespace here. */
export const resources = {
  en: {
    app: enApp,
    domain: enDomain,
    canvas: enCanvas,
    swimlane: enSwimlane,
    share: enShare,
    workshop: enWorkshop,
  },
  'zh-CN': {
    app: zhApp,
    domain: zhDomain,
    canvas: zhCanvas,
    swimlane: zhSwimlane,
    share: zhShare,
    workshop: zhWorkshop,
  },
} as const;
export const NAMESPACES = Object.keys(resources.en) as (keyof (typeof resources)['en'])[];
