import type { StepKind } from '../types';
import type { Lang } from '../lang';

/** Translated lanes of one row of the docs/domain.md §5 table (capabilities stay codes). */
export interface KindTexts {
  actions: readonly string[];
  information: readonly string[];
  systems: readonly string[];
}

/** Capability codes each step kind asks for (§5); codes are not translated. */
export const KIND_CAPABILITIES: Record<StepKind, readonly string[]> = {
  need: ['customer-perspective', 'solution-consulting'],
  research: ['industry-expertise'],
  requirements: ['solution-consulting', 'org-mapping'],
  evaluation: ['technical-presales'],
  budget: ['budget-negotiation', 'executive-relations'],
  approval: ['executive-relations'],
  compliance: ['technical-presales'],
  procurement: ['budget-negotiation', 'procurement-legal'],
  legal: ['procurement-legal'],
  signing: ['executive-relations'],
  rollout: ['project-management'],
  custom: [],
};

const EN: Record<StepKind, KindTexts> = {
  need: {
    actions: ['confirm the pain and its metric with the driver'],
    information: ['diagnosis', 'industry benchmark'],
    systems: ['CRM opportunity'],
  },
  research: {
    actions: ['share reference cases', 'position against alternatives'],
    information: ['case studies', 'solution overview'],
    systems: ['case library'],
  },
  requirements: {
    actions: ['co-write requirements and decision criteria'],
    information: ['requirement checklist'],
    systems: ['requirement template'],
  },
  evaluation: {
    actions: ["demo / POC tailored to each evaluator's concern"],
    information: ['demo script', 'POC report'],
    systems: ['demo environment'],
  },
  budget: {
    actions: ['agree the budget range early with the budget holder', 'ROI case'],
    information: ['ROI model', 'price range'],
    systems: ['ROI calculator'],
  },
  approval: {
    actions: ['prepare the approval memo for the approver'],
    information: ['business case', 'approval memo'],
    systems: ['proposal templates'],
  },
  compliance: {
    actions: ['walk risk, audit and security through controls'],
    information: ['security whitepaper', 'audit and certification reports'],
    systems: ['compliance pack'],
  },
  procurement: {
    actions: ['tender and commercial negotiation'],
    information: ['quotation', 'tender documents'],
    systems: ['quote tool (CPQ)'],
  },
  legal: {
    actions: ['contract review and redlines'],
    information: ['contract template', 'terms explained'],
    systems: ['contract / e-sign system'],
  },
  signing: {
    actions: ['signing and handover to delivery'],
    information: ['final contract', 'handover plan'],
    systems: ['e-sign system'],
  },
  rollout: {
    actions: ['kickoff, implementation, acceptance'],
    information: ['implementation plan', 'acceptance criteria'],
    systems: ['project tracker'],
  },
  custom: { actions: [], information: [], systems: [] },
};

const ZH: Record<StepKind, KindTexts> = {
  need: {
    actions: ['与需求推动人确认痛点及衡量指标'],
    information: ['现状诊断', '行业对标'],
    systems: ['CRM 商机记录'],
  },
  research: {
    actions: ['分享标杆案例', '与替代方案对比定位'],
    information: ['客户案例', '解决方案概览'],
    systems: ['案例库'],
  },
  requirements: {
    actions: ['与客户共同撰写需求与决策标准'],
    information: ['需求清单'],
    systems: ['需求模板'],
  },
  evaluation: {
    actions: ['针对每位评估人的关注点定制演示 / POC'],
    information: ['演示脚本', 'POC 报告'],
    systems: ['演示环境'],
  },
  budget: {
    actions: ['尽早与预算负责人商定预算范围', 'ROI 测算'],
    information: ['ROI 模型', '价格区间'],
    systems: ['ROI 计算器'],
  },
  approval: {
    actions: ['为审批人准备呈批件'],
    information: ['商业价值论证', '呈批件'],
    systems: ['方案模板'],
  },
  compliance: {
    actions: ['带风控、审计与安全团队逐项过控制措施'],
    information: ['安全白皮书', '审计与认证报告'],
    systems: ['合规资料包'],
  },
  procurement: {
    actions: ['招投标与商务谈判'],
    information: ['报价单', '招投标文件'],
    systems: ['报价工具（CPQ）'],
  },
  legal: {
    actions: ['合同审查与条款修订'],
    information: ['合同模板', '条款说明'],
    systems: ['合同 / 电子签系统'],
  },
  signing: {
    actions: ['签约并移交交付团队'],
    information: ['最终合同', '交接计划'],
    systems: ['电子签系统'],
  },
  rollout: {
    actions: ['项目启动、实施与验收'],
    information: ['实施计划', '验收标准'],
    systems: ['项目管理工具'],
  },
  custom: { actions: [], information: [], systems: [] },
};

/** §5 table texts per language. */
export const KIND_TEXTS: Record<Lang, Record<StepKind, KindTexts>> = { en: EN, 'zh-CN': ZH };

/** Per-stakeholder suggestion templates; `{name}` is the stakeholder's name. */
export const STAKEHOLDER_TEXTS: Record<Lang, { concerns: string; approval: string }> = {
  en: { concerns: "address {name}'s concerns", approval: "secure {name}'s approval" },
  'zh-CN': { concerns: '回应{name}的关注点', approval: '争取{name}的审批' },
};
