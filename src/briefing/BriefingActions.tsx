export function BriefingActions({ embed }: { embed: boolean }) {
  return embed ? null : <div className="header__actions" />;
}
