import { useKeyboardShortcuts } from './useKeyboardShortcuts';

/**
 * The app's global shortcuts as a component, so that they can load just after the first
 * paint (see Workspace): no key is pressed before there is something to press it on.
 */
export default function KeyboardShortcuts({ embed }: { embed: boolean }) {
  useKeyboardShortcuts(embed);
  return null;
}
