import { describe, expect, it, vi } from 'vitest';
import { dueState, qualityStars } from '../../../../../extension/popup/pipeline/row-format';
import {
  formatDateTime,
  formatDay,
  formatMoneyByCurrency,
  localIsoDate,
} from '../../../../../extension/ui/format';
import { substitute } from '../../../../../extension/ui/i18n';
import { playbookLink, safeHttpUrl } from '../../../../../extension/ui/links';
import { formatMoney } from '../../../../../shared/present/numbers';
import { daysSince } from '../../../../../shared/time/day';
import { DAY, NOW } from '../fixtures';

describe('times outside 1970–2099 (stored before times were bounded)', () => {
  it('show as a dash, never a RangeError', () => {
    expect(formatDateTime(8.7e15, 'en')).toBe('—');
    expect(formatDateTime(Number.NaN, 'es')).toBe('—');
    expect(formatDay('275760-01-01', 'en', NOW)).toBe('275760-01-01');
    expect(localIsoDate(8.7e15)).toBe('');
  });
});

describe('row details', () => {
  it('tells overdue, today and upcoming due dates apart', () => {
    expect(dueState(undefined, '2026-11-20')).toBe('none');
    expect(dueState('2026-11-19', '2026-11-20')).toBe('overdue');
    expect(dueState('2026-11-20', '2026-11-20')).toBe('today');
    expect(dueState('2027-01-02', '2026-11-20')).toBe('upcoming');
  });

  it('shows quality as five stars', () => {
    expect(qualityStars(3)).toBe('★★★☆☆');
    expect(qualityStars(undefined)).toBe('');
  });

  it('counts whole days and never a negative number', () => {
    expect(daysSince(NOW - 3 * DAY - 1000, NOW)).toBe(3);
    expect(daysSince(NOW + DAY, NOW)).toBe(0);
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30).getTime())).toBe('2026-01-05');
  });
});

describe('formatting', () => {
  it('formats money per language and never adds currencies together', () => {
    expect(formatMoney(1234, 'EUR', 'en')).toBe('€1,234');
    expect(formatMoney(1234, 'EUR', 'es').replace(/\s/g, ' ')).toMatch(/1234 €|1\.234 €/);
    expect(formatMoneyByCurrency({ USD: 10, EUR: 5 }, 'EUR', 'en')).toBe('€5 + $10');
    expect(formatMoneyByCurrency({}, 'EUR', 'en')).toBe('€0');
    expect(formatMoney(5, 'XQQ', 'en')).toMatch(/5/);
  });

  it('shows a due date without the year when it is this year', () => {
    expect(formatDay('2026-12-03', 'en', NOW)).toBe('Dec 3');
    expect(formatDay('2027-01-03', 'es', NOW)).toMatch(/2027/);
    expect(formatDay('nonsense', 'en', NOW)).toBe('nonsense');
  });

  it('fills message holes like the i18n API', () => {
    expect(substitute('Moved $1 to $2 ($$5)', ['Ana', 'Interest'])).toBe('Moved Ana to Interest ($5)');
    expect(substitute('$1 and $3', ['a'])).toBe('a and ');
  });
});

describe('links', () => {
  it('links only http(s) URLs from lead data', () => {
    expect(safeHttpUrl('https://www.linkedin.com/in/x/')).toBe('https://www.linkedin.com/in/x/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,<script>')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
    expect(safeHttpUrl(undefined)).toBeUndefined();
  });

  it('points into the playbook built into the extension, in the interface language, by anchor', () => {
    const messages: Record<string, string> = { messagesLang: 'es' };
    vi.stubGlobal('browser', {
      runtime: { getURL: (path: string) => `chrome-extension://abc${path}` },
      i18n: { getMessage: (key: string) => messages[key] ?? '' },
    });
    expect(playbookLink('stage-interest')).toBe('chrome-extension://abc/playbook/es.html#stage-interest');
    messages.messagesLang = 'en';
    expect(playbookLink()).toBe('chrome-extension://abc/playbook/en.html');
    vi.unstubAllGlobals();
  });
});
