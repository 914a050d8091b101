/** 影响力 × 态度矩阵的文案。 */
export const grid = {
  label: '影响力 × 态度矩阵',
  caption: '按态度（列）和影响力（行）排列的客户人员',
  hint: '把人拖到另一个格子；或选中卡片后用方向键：左右改变态度，上下改变影响力。点击卡片在检查器中打开。',
  empty: '还没有客户人员：请先在采购地图上添加。',
  cardState: '，{{stance}}，影响力 {{influence}}',
  unnamed: '（未命名）',
  noOwner: '无负责人',
  influence: '影响力 {{value}}',
  influenceAxis: '影响力',
  stanceAxis: '态度',
};
