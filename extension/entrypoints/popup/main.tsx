import { render } from 'preact';
import { App } from '../../popup/app';
import '../../popup/popup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<App />, document.getElementById('app') as HTMLElement);
