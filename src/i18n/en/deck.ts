/** Messages of the editable PowerPoint deck and Word plan exports. */
export const deck = {
  menu: {
    pptx: 'Account plan deck (PowerPoint, editable)',
    docx: 'Account plan document (Word, editable)',
  },
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
