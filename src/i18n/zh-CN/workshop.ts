/** 工作坊工具的文案：便利贴、跟进、方法引导、演示模式、快照。 */
export const workshop = {
  notes: {
    add: '添加便利贴',
    text: '便利贴内容',
    placeholder: '大家说了什么？',
    color: '便利贴颜色',
    colors: {
      yellow: '黄色',
      pink: '粉色',
      blue: '蓝色',
      green: '绿色',
      orange: '橙色',
    },
    attachedTo: '关于 {{name}}',
    unattached: '— 未关联 —',
    attach: '关于',
  },
  followUp: {
    title: '跟进',
    lastContact: '上次联系',
    nextAction: '下一步行动',
    due: '截止日期',
  },
};
