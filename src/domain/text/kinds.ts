import type { Lang } from '../lang';
import type { StepKind } from '../types';

/**
 * Names of the step kinds (docs/domain.md §4) in both languages. The single source: the i18n
 * `domain` namespaces take their `kind` names from here, and the domain names unlabelled steps.
 */
export const KIND_NAMES: Record<Lang, Record<StepKind, string>> = {
  en: {
    need: 'Need',
    research: 'Research',
    requirements: 'Requirements',
    evaluation: 'Evaluation / POC',
    budget: 'Budget approval',
    approval: 'Approval',
    compliance: 'Risk & compliance',
    procurement: 'Procurement / tender',
    legal: 'Legal review',
    signing: 'Signing',
    rollout: 'Rollout / acceptance',
    custom: 'Custom',
  },
  'zh-CN': {
    need: '需求提出',
    research: '方案调研',
    requirements: '需求确认 / 立项',
    evaluation: '评估选型 / POC',
    budget: '预算审批',
    approval: '呈批 / 审批',
    compliance: '风控 / 审计 / 安全审查',
    procurement: '采购 / 招投标',
    legal: '法务 / 合同审查',
    signing: '签约',
    rollout: '实施 / 验收',
    custom: '自定义',
  },
};
