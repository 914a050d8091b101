import type { Recommendation } from '../types';
import type { Lang } from '../lang';

/** The organisational paths' names (兼职 / 拆分 / 重构), read by the i18n catalogue and shown in both languages. */
export const PATH_NAMES: Record<Lang, Record<Recommendation, string>> = {
  en: { 'part-time': 'Part-time', split: 'Split', rebuild: 'Rebuild' },
  'zh-CN': { 'part-time': '兼职', split: '拆分', rebuild: '重构' },
};

/** What each organisational path means (docs/domain.md §7, from the article's step d). */
export const PATH_TEXTS: Record<Lang, Record<Recommendation, string>> = {
  en: {
    'part-time':
      'Part-time: the current team covers KA solutions. Add bonuses and incentives and leave performance management alone; after one or two won cases, split a team out.',
    split:
      "Split: split out a team that runs independently but stays inside the organisation's support system. Give it a senior team lead, adjusted pay and performance, short-term goals and an explicit account list.",
    rebuild:
      'Rebuild: a full package from ROI to ROI. Set up an independent business unit with its own support teams, and accept a strategic loss for a set period.',
  },
  'zh-CN': {
    'part-time':
      '兼职：由现有团队覆盖 KA 解决方案，发点奖金、做点激励，绩效可以不动；等有了一两个成功案例，再拆分出团队。',
    split:
      '拆分：拆出一个团队独立运转，但不脱离组织的支持体系；找一位职级高的 TL 挂帅，微调薪酬绩效，设立短期目标，明确客户列表。',
    rebuild:
      '重构：从 ROI 开始、到 ROI 结束的一揽子方案；成立独立的事业群或事业部，配置对应的支撑团队，承担一定时间的战略亏损。',
  },
};
