import { renderToStaticMarkup } from 'react-dom/server.edge';
import { AlertsPage } from '../components/alerts/AlertsPage.tsx';
import { AlertStatus } from '../components/alerts/AlertStatus.tsx';
import { HomeAlerts } from '../components/alerts/HomeAlerts.tsx';
import { alertsPageTitle, type AlertsPageState } from '../lib/alerts/page.ts';
import type { AlertRecord } from '../lib/alerts/record.ts';
import type { AlertState } from '../lib/alerts/state.ts';
import { SafeHtml } from '../lib/web/html.ts';
import type { ShellFill } from '../lib/web/page-shell.ts';

/**
 * The alerts as HTML for the day they are asked for, from the React components: /alerts/ in its shell,
 * the home page's panel, and an alert page's status line. No JavaScript is sent with any of them.
 */
export function alertsPageFill(state: AlertsPageState): ShellFill {
  return { title: alertsPageTitle(state), main: new SafeHtml(renderToStaticMarkup(<AlertsPage state={state} />)) };
}

export function homeAlertsHtml(current: readonly AlertRecord[]): SafeHtml {
  return new SafeHtml(renderToStaticMarkup(<HomeAlerts current={current} />));
}

export function alertStatusHtml(alert: AlertRecord, state: Exclude<AlertState, 'upcoming'>): SafeHtml {
  return new SafeHtml(renderToStaticMarkup(<AlertStatus alert={alert} state={state} />));
}
