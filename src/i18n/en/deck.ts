/** The Export menu items of the editable PowerPoint deck and Word plan (the files' own words are in deckText.ts, loaded with the exporters). */
export const deck = {
  menu: {
    pptx: 'Account plan deck (PowerPoint, editable)',
    docx: 'Account plan document (Word, editable)',
    portfolioPptx: 'Portfolio deck (PowerPoint, editable)',
    portfolioDocx: 'Portfolio report (Word, editable)',
    cancel: 'Cancel the deck',
    cancelReport: 'Cancel the report',
    progress: 'Exporting the file: {{percent}}%',
    cancelled: 'Export cancelled.',
  },
};
