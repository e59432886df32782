function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "Showing 12 stances among 9 actors": the same numbers the map and the table show. */
export function statusLine(stances: number, actors: number): string {
  return `Showing ${plural(stances, 'stance')} among ${plural(actors, 'actor')}`;
}
