import data from '../../src/generated/alerts.json';
import type { AlertRecord, AlertsData } from '../../src/lib/alerts/record.ts';

/** Every alert, built from content/alerts/ (support/build-alerts-data.ts); current-ness is decided per request. */
export const ALERTS: readonly AlertRecord[] = (data as AlertsData).alerts;
