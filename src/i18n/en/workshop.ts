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
};
