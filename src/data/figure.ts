/** A count as people read it in English: 1,202. One rule for every message and label. */
export const figure = (n: number): string => n.toLocaleString('en');
