/** 边界情况的文案：视图出错、损坏的存储记录、未保存的草稿。 */
export const edges = {
  crash: {
    title: '这一部分无法显示',
    area: {
      map: '采购地图出错了。',
      swimlane: '销售泳道出错了。',
      grid: '影响力 × 态度矩阵出错了。',
      outline: '大纲视图出错了。',
      app: '应用出错了。',
    },
    detail: '出错的地方：{{message}}',
    kept: '已保存的内容不受影响。可以导出这个画布留一份副本，或返回画布列表。',
    back: '返回全部画布',
    export: '导出这个画布',
    exportFailed: '无法导出画布：{{message}}',
    retry: '重试',
  },
  damaged: {
    confirmDelete: '删除损坏的画布“{{id}}”？几秒钟内可以撤销。',
    deleted: '已删除损坏的画布“{{id}}”。',
    exportFailed: '无法导出“{{id}}”的原始数据：{{reason}}',
  },
  limits: {
    notesFull: '这个画布已有 {{max}} 张便利贴，已达上限。',
  },
};
