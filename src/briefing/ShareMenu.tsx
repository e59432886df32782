import { lazyWithPreload } from '../ui/lazyWithPreload';
import { Popover } from '../ui/Popover';

// Links and embed code are built only when asked for: the panel loads on first use (or hover).
const SharePanel = lazyWithPreload(() => import('./SharePanel'));

export function ShareMenu() {
  return (
    <Popover
      label="Share"
      panelLabel="Share this view"
      className="popover--share"
      onPreload={() => void SharePanel.preload()}
    >
      {() => <SharePanel />}
    </Popover>
  );
}
