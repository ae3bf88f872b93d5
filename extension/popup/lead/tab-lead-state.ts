import { signal } from '@preact/signals';
import type { Lead } from '../../../shared/model/lead';

/**
 * The lead the active tab belongs to, once the look-up after first paint found
 * one (tab-lead-lookup.ts). Only a signal here: the app shell imports this file,
 * so the look-up's code stays out of the first paint.
 */
export const tabLead = signal<Lead | null>(null);
