export function StanceMap() {
  return <section aria-label="Stance map" className="map" />;
}
