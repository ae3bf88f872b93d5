import { t } from '../../ui/i18n';
import { currentScreen, openLeadId, showScreen } from '../navigation-store';
import { SCREENS } from '../screens';
import { problemCount } from './problem-count-store';

/** The tab bar: one button per screen present (screens.ts). */
export function ScreenNav() {
  if (SCREENS.length < 2) return null;
  const here = currentScreen.value;
  const detailOpen = openLeadId.value !== null;
  const problems = problemCount.value;
  return (
    <nav class="screen-nav" aria-label={t('screensLabel')}>
      {SCREENS.map((s) => (
        <button
          key={s.id}
          type="button"
          data-screen={s.id}
          aria-current={s.id === here && !detailOpen ? 'page' : undefined}
          onClick={() => showScreen(s.id)}
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
