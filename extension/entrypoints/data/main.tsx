import { render } from 'preact';
import { DataScreen } from '../../popup/data/data-screen';
import { loadSettingsFast } from '../../popup/settings-store';
import { t } from '../../ui/i18n';
import '../../popup/popup.css';
import './data-page.css';

// "Your data" as a page of its own: the toolbar popup sends imports here, because a
// file chooser would close the popup. Same screen, same code, in a full tab.
document.documentElement.classList.add('full-view');
loadSettingsFast()
  .catch((err) => console.warn('[embudo] settings unreadable, using defaults', err))
  .finally(() => {
    document.title = `Embudo — ${t('dataTitle')}`;
    render(<DataScreen />, document.getElementById('app') as HTMLElement);
  });
