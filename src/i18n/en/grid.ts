/** Messages of the influence × stance grid. */
export const grid = {
  label: 'Influence × stance grid',
  caption: 'Stakeholders by stance (columns) and influence (rows)',
  hint: 'Drag a person to another cell, or focus a card and use the arrow keys: left and right change the stance, up and down the influence. Click a card to open it in the inspector.',
  empty: 'No stakeholders yet: add people on the buying map.',
  cardState: ', {{stance}}, influence {{influence}}',
  unnamed: '(unnamed)',
  noOwner: 'No owner',
  influence: 'Influence {{value}}',
  influenceAxis: 'Influence',
  stanceAxis: 'Stance',
};
