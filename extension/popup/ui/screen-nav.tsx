import { t } from '../../ui/i18n';
import { currentScreen, openLeadId, type ScreenId, showScreen, teamMember } from '../navigation-store';
import { SCREENS } from '../screens';
import { problemCount } from './problem-count-store';

/**
 * The tab bar: one button per screen present (screens.ts). Team screens only
 * for members of a synced team; `openInTab` (the toolbar popup) opens those in a tab.
 */
export function ScreenNav({ openInTab }: { openInTab?: (screen: ScreenId) => void }) {
  const shown = SCREENS.filter((s) => !s.team || teamMember.value);
  if (shown.length < 2) return null;
  const here = currentScreen.value;
  const detailOpen = openLeadId.value !== null;
  const problems = problemCount.value;
  return (
    <nav class="screen-nav" aria-label={t('screensLabel')}>
      {shown.map((s) => (
        <button
          key={s.id}
          type="button"
          data-screen={s.id}
          aria-current={s.id === here && !detailOpen ? 'page' : undefined}
          onClick={() => (s.team && openInTab ? openInTab(s.id) : showScreen(s.id))}
        >
          {t(s.label)}
          {s.id === 'problems' && problems !== null ? (
            <span class="tab-count" data-count={problems}>
              {' '}
              {problems}
            </span>
          ) : null}
        </button>
      ))}
    </nav>
  );
}
