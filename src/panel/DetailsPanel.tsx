export function DetailsPanel() {
  return <aside aria-label="Details" className="panel" />;
}
