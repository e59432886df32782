export default function Presentation() {
  return null;
}
