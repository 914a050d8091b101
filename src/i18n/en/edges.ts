/** Messages for what happens at the edges: a view that fails, damaged rows, unsaved drafts. */
export const edges = {
  crash: {
    title: 'This part could not be shown',
    area: {
      map: 'The buying map failed.',
      swimlane: 'The sales swimlane failed.',
      grid: 'The influence × stance grid failed.',
      outline: 'The outline failed.',
      app: 'The app failed.',
    },
    detail: 'What failed: {{message}}',
    kept: 'Your saved work is not affected. Export the board to keep a copy, or go back to the list.',
    back: 'Back to all boards',
    export: 'Export this board',
    exportFailed: 'The board could not be exported: {{message}}',
    retry: 'Try again',
  },
  damaged: {
    confirmDelete: 'Delete the damaged board “{{id}}”? You can undo for a few seconds.',
    deleted: 'Damaged board “{{id}}” deleted.',
    exportFailed: 'The raw data of “{{id}}” could not be exported: {{reason}}',
  },
  limits: {
    notesFull: 'This board has {{max}} sticky notes, the most a board can have.',
  },
};
