import type { Lang } from '../lang';
import type { CapabilityCode, Stance } from '../types';

/**
 * Names of the capability codes (docs/domain.md §4): the one catalogue. The i18n `domain` namespaces
 * take their `capability` names from here, flag messages and exports name codes with them, and
 * typed text in either language is matched against them.
 */
export const CAPABILITY_NAMES: Record<Lang, Record<CapabilityCode, string>> = {
  en: {
    'customer-perspective': 'Customer perspective',
    'org-mapping': 'Org & decision-chain mapping',
    'budget-negotiation': 'Budget & commercial negotiation',
    'industry-expertise': 'Industry expertise',
    'solution-consulting': 'Business & solution consulting',
    'technical-presales': 'Technical presales',
    'procurement-legal': 'Procurement & contract process',
    'executive-relations': 'Executive relations',
    'project-management': 'Project management & delivery',
  },
  'zh-CN': {
    'customer-perspective': '客户视角',
    'org-mapping': '决策链 / 组织洞察',
    'budget-negotiation': '预算沟通 / 商务谈判',
    'industry-expertise': '行业专业能力',
    'solution-consulting': '业务咨询 / 解决方案',
    'technical-presales': '技术售前',
    'procurement-legal': '采购与合同流程',
    'executive-relations': '高层关系',
    'project-management': '项目管理 / 交付',
  },
};

/** Names of the stances (docs/domain.md §4), shown by the views and inside flag messages. */
export const STANCE_NAMES: Record<Lang, Record<Stance, string>> = {
  en: {
    supporter: 'Supporter',
    neutral: 'Neutral',
    skeptic: 'Skeptic',
    blocker: 'Blocker',
    unknown: 'Unknown',
  },
  'zh-CN': {
    supporter: '支持',
    neutral: '中立',
    skeptic: '怀疑',
    blocker: '反对',
    unknown: '未知',
  },
};
