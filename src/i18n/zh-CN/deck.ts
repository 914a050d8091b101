import type { deck as en } from '../en/deck';

/** 可编辑 PowerPoint 汇报与 Word 计划书导出的文字。 */
export const deck: typeof en = {
  menu: {
    pptx: '客户经营汇报（PowerPoint，可编辑）',
    docx: '客户经营计划书（Word，可编辑）',
    portfolioPptx: '客户组合汇报（PowerPoint，可编辑）',
    portfolioDocx: '客户组合报告（Word，可编辑）',
    cancel: '取消导出汇报',
    cancelReport: '取消导出报告',
    progress: '正在导出文件：{{percent}}%',
    cancelled: '已取消导出。',
  },
};
