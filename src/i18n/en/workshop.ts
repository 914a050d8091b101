/** Messages of the workshop tools: sticky notes, follow-ups, method guide, present mode, snapshots. */
export const workshop = {
  notes: {
    add: 'Add sticky note',
    text: 'Sticky note text',
    placeholder: 'What did the room say?',
    color: 'Note colour',
    colors: {
      yellow: 'Yellow',
      pink: 'Pink',
      blue: 'Blue',
      green: 'Green',
      orange: 'Orange',
    },
    attachedTo: 'About {{name}}',
    unattached: '— not attached —',
    attach: 'About',
  },
  followUp: {
    title: 'Follow-up',
    lastContact: 'Last contact',
    nextAction: 'Next action',
    due: 'Due',
  },
  guide: {
    title: 'The method, step by step',
    done: 'Done',
    todo: 'To do',
    next: 'Next',
    steps: {
      objective: '(a) State the problem (objective)',
      map: '(b) Map the client sample',
      swimlane: '(c) Draw the matching sales process',
      decide: '(d) Decide the path',
    },
    quotes: {
      objective:
        '“What problem are we actually solving? Without knowing that, everything after is looking for fish in a tree.”',
      map: '“A client sample is, plainly, the buying path seen from the customer’s side.”',
      swimlane:
        '“Plan your sales process after the client’s buying process: on a blank sheet, redrawn from the customer’s point of view!”',
      decide:
        '“The three paths are a decision based on the blocking points and the fit of the whole sales chain.”',
    },
    actions: {
      'set-objective': 'Choose the objective',
      'add-steps': 'Draw the client’s buying steps',
      'add-decision-maker': 'Mark who decides (decision maker)',
      'link-step': 'Link a stakeholder to “{{name}}”',
      'add-team': 'Add our team members',
      'assign-owner': 'Give “{{name}}” an owner',
      review: 'Review the recommendation',
    },
    markReviewed: 'We reviewed this path: {{path}}',
    reviewed: 'Path reviewed: {{path}}',
    notVerdict: 'Plan every stage first: the path is still provisional.',
  },
  actions: {
    title: 'Next actions, by date',
    none: 'No next actions yet. Select a stakeholder and add one in the inspector.',
    undated: 'no date',
    overdue: 'overdue',
    lastContact: 'last contact {{date}}',
    show: 'Show {{name}}',
  },
  layers: {
    title: 'Layers',
    focus: 'Focus on the selected step or person',
    nodes: 'Show items',
    links: 'Show links',
    node: {
      stakeholder: 'Stakeholders',
      step: 'Buying steps',
      department: 'Departments',
      note: 'Sticky notes',
    },
  },
};
