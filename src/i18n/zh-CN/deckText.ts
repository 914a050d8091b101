import type { deckText as en } from '../en/deckText';

/** 可编辑 PowerPoint 汇报与 Word 计划书中的文字（仅导出时加载）。 */
export const deckText: typeof en = {
  title: {
    account: '客户',
    objective: '目标',
    offering: '我方产品',
    date: '日期',
    team: '我方团队',
    noTeam: '尚无团队成员',
  },
  map: {
    title: '采购地图',
    part: '采购地图 · {{part}} / {{parts}}',
    empty: '地图上还没有干系人或采购步骤。',
    influence: '影响力',
    veto: '有否决权',
    continues: '{{name}} · 见第 {{slide}} 页',
    legend: '关系',
  },
  swimlane: {
    title: '销售泳道',
    part: '销售泳道 · {{part}} / {{parts}}',
    lane: '泳道',
    blocking: '卡点',
    flagged: '⚑ 此格有计划问题',
    noneYet: '暂无',
  },
  readiness: {
    title: '就绪度',
    fit: '匹配度',
    path: '建议路径',
    planned: '已规划阶段',
    blocking: '卡点阶段',
    fixLanes: '待修正泳道',
    why: '原因',
    openLanes: '待补泳道',
    coverage: '覆盖风险',
    none: '无',
    severity: '严重程度',
    risk: '风险',
    stage: '阶段',
  },
  actions: {
    title: '下一步行动',
  },
  compare: {
    title: '与快照“{{name}}”（{{date}}）相比',
    item: '项目',
    before: '当时',
    after: '现在',
    changes: '变化',
    noChanges: '人员、步骤和阶段问题均无变化。',
  },
  docx: {
    mapImage: '采购地图',
    swimlaneImage: '销售泳道',
  },
  portfolio: {
    title: '客户组合',
    heatMap: '客户组合热力图',
    verdict: '组织结论',
    account: '客户',
  },
};
