import { FLAG_NAMES } from '../../domain/text/flags';

/** Messages of the sales swimlane, the flags panel and the readiness summary. */
export const swimlane = {
  view: {
    label: 'Sales swimlane',
    lanes: 'Lane',
    noSteps:
      'No buying steps yet. Draw the client’s buying steps on the map first and link them in order with “Next step”; each step becomes a column of our sales process here.',
    toMap: 'Go to the map',
    teamEmpty:
      'Our team is empty, so no stage can have an owner or supporters yet. Add the people who will sell, support and deliver.',
    openTeam: 'Open the team panel',
  },
  header: {
    flags_one: '{{count}} flag',
    flags_other: '{{count}} flags',
    noFlags: 'No flags',
    blocking: 'Blocking point',
    acceptAll: 'Accept all',
    acceptAllLabel: 'Accept all suggestions for {{step}}',
    select: 'Select {{step}}',
  },
  gap: {
    markLabel: 'None yet for {{lane}} in {{step}}',
    unmarkLabel: '{{lane}} in {{step}}: none yet (confirmed gap). Remove the mark',
    markTitle: 'We looked and have nothing here yet: a confirmed gap',
    unmarkTitle: 'Remove the mark; adding an entry removes it too',
  },
  cell: {
    add: 'Add…',
    addLabel: 'Add to {{lane}} of {{step}}',
    edit: 'Edit “{{text}}”',
    editLabel: 'New text for “{{text}}”',
    remove: 'Remove “{{text}}”',
    moveUp: 'Move “{{text}}” up',
    moveDown: 'Move “{{text}}” down',
    accept: 'Accept suggestion “{{text}}”',
    dismiss: 'Dismiss suggestion “{{text}}”',
    suggestions: 'Suggestions',
    missing: 'missing',
    missingHint: 'Neither the owner nor a supporter of this stage has this capability.',
  },
  notes: {
    lane: 'Notes',
    label: 'Notes on {{step}}',
    placeholder: 'Anything the team should remember…',
  },
  owner: {
    label: 'Owner of {{step}}',
    none: '— no owner —',
    option: '{{name}} · {{role}}',
  },
  supporters: {
    label: 'Supporting team of {{step}}',
    noTeam: 'No team members yet',
  },
  flagName: FLAG_NAMES.en,
  flags: {
    total_one: '{{count}} flag in all',
    total_other: '{{count}} flags in all',
    map: 'Map flags ({{count}})',
    stage: 'Stage flags ({{count}})',
    none: 'Nothing flagged here.',
    board: 'Whole board',
    severity: 'Severity: {{severity}}',
    show: 'Show {{subject}}',
  },
  readiness: {
    noSteps:
      'No recommendation yet: the board has no buying steps. Draw the client’s buying steps on the map first (need, evaluation, budget, approval, procurement, signing …), link them in order, then fill the swimlane.',
    blocking: 'Blocking points',
    blockingOf: 'of {{total}} stages',
    fit: 'Fit',
    fitHint: 'Share of sales stages the current team can carry',
    path: 'Recommended path',
    thresholds: 'Thresholds in use',
    own: 'This board’s own values',
    defaults: 'Default values',
    rule: 'Part-time when fit ≥ {{partTime}}; split when {{split}} ≤ fit < {{partTime}}; rebuild below {{split}}.',
    partTime: 'Part-time from fit (%)',
    split: 'Split from fit (%)',
    apply: 'Apply thresholds',
    reset: 'Use defaults',
    invalid:
      'Thresholds must satisfy 0 ≤ split < part-time ≤ 100 (%), after rounding to 0.1%. Nothing was changed.',
    blockingStages: 'Blocking stages',
    noBlocking: 'No blocking stages: the current team can carry every stage.',
    planned: '{{planned}} of {{total}} stages planned',
    unplanned:
      'No stage is planned yet, so there is no path to show. Plan the stages first: for each, fill or mark “none yet” its owner, sales actions, information exchange, system support, required capabilities and supporting team. Owners alone plan nothing.',
    planFirst: 'Plan the first stage',
    unplannedStages: 'Stages not planned yet ({{count}})',
    unplannedWhy:
      'Open lanes: fill each one, or mark it “None yet” when the team has nothing for it. A click goes to the first open lane.',
    provisional: 'Provisional',
    provisionalNote:
      'Provisional: {{left}} stages are not planned yet. The verdict comes when every stage is planned: its six lanes each filled or marked “none yet”.',
    verdict: 'Verdict: every stage is planned.',
    fitExplained:
      'Fit = stages without plan flags ÷ all stages = ({{total}} − {{blocking}}) ÷ {{total}}.',
    blockingWhy:
      'Each plan flag alone (no owner, no system support, no support or enablement, capability gap) makes its stage a blocking point.',
    weight: 'Blocks this stage',
    risks: 'Account-coverage risks ({{count}})',
    risksNote:
      'These are risks of the account map: they matter for winning the deal but do not change the organisational path above.',
    noRisks: 'No account-coverage risks.',
  },
};
