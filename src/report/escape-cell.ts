/** Text in a markdown table cell: a `|` would end the cell. */
export const escapeCell = (text: string): string => text.replace(/\|/g, '\\|');
