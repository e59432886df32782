export default function SourceReader() {
  return null;
}
