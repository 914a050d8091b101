import { FLAG_NAMES } from '../../domain/text/flags';
import type { swimlane as en } from '../en/swimlane';

export const swimlane: typeof en = {
  view: {
    label: '销售泳道',
    lanes: '泳道',
    noSteps:
      '还没有采购环节。请先在画布上画出客户的采购环节，并用“下一步”按顺序连起来；每个环节会在这里成为我方销售流程的一列。',
    toMap: '去画布',
    teamEmpty:
      '我方团队还是空的，因此任何阶段都还无法指定负责人或协同支持。请添加负责销售、支持与交付的成员。',
    openTeam: '打开团队面板',
  },
  header: {
    flags_one: '{{count}} 个提示',
    flags_other: '{{count}} 个提示',
    noFlags: '无提示',
    blocking: '卡点',
    acceptAll: '全部采纳',
    acceptAllLabel: '全部采纳“{{step}}”的建议',
    select: '选中“{{step}}”',
  },
  gap: {
    markLabel: '“{{step}}”中{{lane}}暂无',
    unmarkLabel: '“{{step}}”中{{lane}}：暂无（已确认缺口）。取消标记',
    markTitle: '已经看过，目前没有：一个已确认的缺口',
    unmarkTitle: '取消标记；添加条目也会取消标记',
  },
  cell: {
    add: '添加…',
    addLabel: '添加到“{{step}}”的{{lane}}',
    edit: '编辑“{{text}}”',
    editLabel: '“{{text}}”的新内容',
    remove: '删除“{{text}}”',
    moveUp: '上移“{{text}}”',
    moveDown: '下移“{{text}}”',
    accept: '采纳建议“{{text}}”',
    dismiss: '忽略建议“{{text}}”',
    suggestions: '建议',
    missing: '缺失',
    missingHint: '本阶段的负责人和协同支持成员都不具备这项能力。',
  },
  notes: {
    lane: '备注',
    label: '“{{step}}”的备注',
    placeholder: '团队需要记住的事…',
  },
  owner: {
    label: '“{{step}}”的负责人',
    none: '— 未指定负责人 —',
    option: '{{name}} · {{role}}',
  },
  supporters: {
    label: '“{{step}}”的协同支持团队',
    noTeam: '还没有团队成员',
  },
  flagName: FLAG_NAMES['zh-CN'],
  flags: {
    total_one: '共 {{count}} 个提示',
    total_other: '共 {{count}} 个提示',
    map: '画布提示（{{count}}）',
    stage: '阶段提示（{{count}}）',
    none: '这里没有提示。',
    board: '整个画布',
    severity: '严重程度：{{severity}}',
    show: '查看{{subject}}',
  },
  readiness: {
    noSteps:
      '还不能给出建议：画布上没有采购环节。请先在画布上画出客户的采购环节（需求提出、评估选型、预算、呈批、采购、签约……），按顺序连起来，再填写销售泳道。',
    blocking: '卡点',
    blockingOf: '共 {{total}} 个阶段',
    fit: '适配度',
    fitHint: '现有团队能承接的销售阶段占比',
    path: '建议路径',
    thresholds: '当前阈值',
    own: '本画布自定义',
    defaults: '默认值',
    rule: '适配度 ≥ {{partTime}} 时兼职；{{split}} ≤ 适配度 < {{partTime}} 时拆分；低于 {{split}} 时重构。',
    partTime: '兼职起点（适配度 %）',
    split: '拆分起点（适配度 %）',
    apply: '应用阈值',
    reset: '恢复默认',
    invalid: '阈值须满足 0 ≤ 拆分 < 兼职 ≤ 100（%，按 0.1% 取整后）。未做任何修改。',
    blockingStages: '卡点阶段',
    noBlocking: '没有卡点：现有团队能承接每个阶段。',
    planned: '已规划 {{planned}} / {{total}} 个阶段',
    unplanned:
      '还没有规划任何阶段，因此不显示路径。请先规划各阶段：逐一填写负责人、销售动作、信息交互、系统支持、销售能力画像和协同支持团队，或标为“暂无”。只指定负责人不算规划。',
    planFirst: '规划第一个阶段',
    unplannedStages: '尚未规划的阶段（{{count}}）',
    unplannedWhy: '待规划泳道：逐一填写，或在团队暂时没有时标为“暂无”。点击进入第一条待规划泳道。',
    provisional: '暂定',
    provisionalNote:
      '暂定：还有 {{left}} 个阶段未规划。每个阶段的六条泳道都已填写或标为“暂无”后，才是结论。',
    verdict: '结论：所有阶段均已规划。',
    fitExplained:
      '适配度 = 无计划提示的阶段 ÷ 全部阶段 = （{{total}} − {{blocking}}）÷ {{total}}。',
    blockingWhy:
      '任何一个计划提示（无负责人、无系统支持、无协同或赋能、能力缺口）都会单独使该阶段成为卡点。',
    weight: '使该阶段成为卡点',
    risks: '客户覆盖风险（{{count}}）',
    risksNote: '这些是客户地图上的风险：影响能否赢单，但不改变上面的组织路径。',
    noRisks: '没有客户覆盖风险。',
  },
};
