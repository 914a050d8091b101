import { PATH_NAMES } from '../../domain/text/paths';
import { KIND_NAMES } from '../../domain/text/kinds';
import { CAPABILITY_NAMES, STANCE_NAMES } from '../../domain/text/names';
import type { domain as en } from '../en/domain';

export const domain: typeof en = {
  role: {
    'decision-maker': '拍板人',
    approver: '审批人',
    evaluator: '评估人',
    user: '使用者',
    influencer: '关键意见人',
    gatekeeper: '把关人',
    champion: '内部支持者 / KP',
  },
  stance: STANCE_NAMES['zh-CN'],
  coverage: { none: '未接触', brief: '浅接触', multiple: '多次接触', deep: '深度关系' },
  kind: KIND_NAMES['zh-CN'],
  link: {
    next: '下一步',
    drives: '推动',
    approves: '审批',
    evaluates: '评估',
    informed: '知会',
    'reports-to': '汇报给',
    influences: '影响',
  },
  tier: {
    global: '全球性重点客户',
    national: '全国性重点客户',
    regional: '区域性重点客户',
    'high-value': '高付费意愿及能力客户',
  },
  objective: {
    'growth-stall': '存量客户增长停滞',
    'industry-depth': '深耕行业份额',
    'flagship-reference': '打造标杆客户',
    'customer-upgrade': '客户结构升级',
    other: '其他',
  },
  teamRole: {
    sales: '销售',
    presales: '售前',
    solution: '解决方案',
    delivery: '交付',
    legal: '法务',
    finance: '财务',
    product: '产品',
    executive: '高管',
    other: '其他',
  },
  capability: CAPABILITY_NAMES['zh-CN'],
  lane: {
    owner: '负责人',
    actions: '销售动作',
    information: '信息交互',
    systems: '系统支持',
    capabilities: '销售能力画像',
    supporters: '协同支持团队',
    enablement: '赋能',
  },
  gap: {
    noneYet: '暂无',
    mark: '暂无（已确认缺口）',
    openLanes: '待规划泳道',
  },
  recommendation: PATH_NAMES['zh-CN'],
  severity: { high: '高', medium: '中', low: '低' },
};
