import { z } from '../zod';
import { LANGS, STAGE_IDS } from './stage-list';

/** Schemas for stage ids and languages; code that only needs the lists imports stage-list.ts. */
export const StageIdSchema = z.enum(STAGE_IDS);
export const LangSchema = z.enum(LANGS);
