import { z } from '../zod';
import { UserNameSchema } from './team-docs';
import { validateDocUpdateSource } from './validate-doc-update';

/** What `npm run team -- setup TEAM.json` reads. */
export const TEAM_ROLES = ['rep', 'lead'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** CouchDB's rule for database names. */
export const DatabaseNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_$()+/-]*$/, 'lower-case letters, digits and _$()+-/ only, starting with a letter')
  .max(200);

export const TeamFileSchema = z
  .object({
    database: DatabaseNameSchema,
    members: z
      .array(
        z.object({
          name: UserNameSchema,
          password: z.string().min(8, 'at least 8 characters').max(200),
          role: z.enum(TEAM_ROLES),
        }),
      )
      .min(1, 'at least one member'),
  })
  .refine((t) => new Set(t.members.map((m) => m.name)).size === t.members.length, 'a member is listed twice');
export type TeamFile = z.infer<typeof TeamFileSchema>;

/**
 * The server role a member holds in one team: `<database>:rep` or
 * `<database>:lead`. Roles are server-wide in CouchDB, so naming them after the
 * database keeps a lead of one team from being a lead (or a reader) of another
 * team on the same server, and lets one person hold different roles in two teams.
 */
export const teamRole = (database: string, role: TeamRole) => `${database}:${role}`;

/**
 * Readers are given by role, not by name: adding or removing a member touches
 * only that member's user document, never the database's security object, and
 * a member's rights are all in one place (their roles). No database admins:
 * only server admins change the design document and the security object.
 */
export function securityObject(database: string) {
  return {
    admins: { names: [] as string[], roles: [] as string[] },
    members: { names: [] as string[], roles: TEAM_ROLES.map((r) => teamRole(database, r)) },
  };
}

export const DESIGN_DOC_ID = '_design/embudo';

/** The design document holding the rules every write must pass. */
export function designDocument(database: string) {
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    validate_doc_update: validateDocUpdateSource(teamRole(database, 'lead')),
  };
}
