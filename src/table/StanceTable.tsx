export default function StanceTable() {
  return <table aria-label="Stances" />;
}
