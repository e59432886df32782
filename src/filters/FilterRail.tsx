export function FilterRail() {
  return <nav aria-label="Filters" className="rail" />;
}
