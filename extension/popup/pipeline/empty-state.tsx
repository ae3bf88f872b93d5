import { t } from '../../ui/i18n';
import { playbookLink } from '../../ui/links';
import { startAddingLead } from '../navigation-store';

/** The first thing a new rep sees: what to do first, and where the process is explained. */
export function EmptyState() {
  return (
    <section class="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('emptyTitle')}</h2>
      <p>{t('emptyIntro')}</p>
      <ol>
        <li>{t('emptyStepCapture')}</li>
        <li>
          {t('emptyStepManual')}{' '}
          <button type="button" class="link" onClick={startAddingLead}>
            {t('addLead')}
          </button>
        </li>
        <li>{t('emptyStepMove')}</li>
      </ol>
      <p>
        <a href={playbookLink()} target="_blank" rel="noopener noreferrer">
          {t('readPlaybook')}
        </a>
      </p>
    </section>
  );
}
