import { selectSource } from '../state/selectors';
import { useUi } from '../state/UiStoreProvider';
import { SourceDialog } from './SourceDialog';

/**
 * The source reader: the whole document, the current quote highlighted and every other
 * coded passage clickable. Lazy-loaded; renders nothing until a quote is shown in source.
 */
export default function SourceReader() {
  const source = useUi(selectSource);
  if (!source) return null;
  return <SourceDialog source={source} />;
}
