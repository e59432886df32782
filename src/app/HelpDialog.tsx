export default function HelpDialog() {
  return null;
}
