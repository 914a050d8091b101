/**
 * The words inside the editable PowerPoint deck and Word plan. Not an i18n namespace: only the
 * exporters read them (through `src/export/office/text.ts`), so they load with the exporters and
 * the editor's first load does not carry them.
 */
export const deckText = {
  title: {
    account: 'Account',
    objective: 'Objective',
    offering: 'Offering',
    date: 'Date',
    team: 'Our team',
    noTeam: 'No team members yet',
  },
  map: {
    title: 'Buying map',
    part: 'Buying map · {{part}} / {{parts}}',
    empty: 'The map has no stakeholders or buying steps yet.',
    influence: 'Influence',
    veto: 'Can veto',
    /** An overlap marker: the other end of a link is on another slide. */
    continues: '{{name}} · slide {{slide}}',
    legend: 'Links',
  },
  swimlane: {
    title: 'Sales swimlane',
    part: 'Sales swimlane · {{part}} / {{parts}}',
    lane: 'Lane',
    blocking: 'Blocking',
    flagged: '⚑ Plan flag on this cell',
    noneYet: 'none yet',
  },
  readiness: {
    title: 'Readiness',
    fit: 'Fit',
    path: 'Recommended path',
    planned: 'Planned stages',
    blocking: 'Blocking stages',
    fixLanes: 'Lanes to fix',
    why: 'Why',
    openLanes: 'Open lanes',
    coverage: 'Coverage risks',
    none: 'None',
    severity: 'Severity',
    risk: 'Risk',
    stage: 'Stage',
  },
  actions: {
    title: 'Next actions',
  },
  compare: {
    title: 'Since the snapshot “{{name}}” ({{date}})',
    item: 'Item',
    before: 'Then',
    after: 'Now',
    changes: 'Changes',
    noChanges: 'No changes to people, steps or stage flags.',
  },
  docx: {
    mapImage: 'Buying map',
    swimlaneImage: 'Sales swimlane',
  },
  portfolio: {
    title: 'Portfolio',
    heatMap: 'Portfolio heat map',
    verdict: 'Organisation verdict',
    account: 'Account',
  },
};
