import { describe, expect, it } from 'vitest';
import { validateDocUpdateSource } from '../../../../shared/sync/validate-doc-update';

type Doc = Record<string, unknown>;
type Validate = (newDoc: Doc, oldDoc: Doc | null, userCtx: { name: string | null; roles: string[] }) => void;
// The exact text the server runs, compiled here.
const validate = new Function(`return (${validateDocUpdateSource('acme:lead')})`)() as Validate;

const ana = { name: 'ana', roles: ['acme:rep'] };
const lia = { name: 'lia', roles: ['acme:lead'] };
const admin = { name: 'root', roles: ['_admin'] };
const lead = (owner: string, extra: Doc = {}) => ({ _id: 'lead:1', type: 'lead', owner, ...extra });

function verdict(newDoc: Doc, oldDoc: Doc | null, user: Parameters<Validate>[2]): string {
  try {
    validate(newDoc, oldDoc, user);
    return 'ok';
  } catch (err) {
    return (err as { forbidden?: string }).forbidden ?? `threw ${String(err)}`;
  }
}

describe('validate_doc_update', () => {
  it('lets a member write their own documents', () => {
    expect(verdict(lead('ana'), null, ana)).toBe('ok');
    expect(verdict(lead('ana', { v: 2 }), lead('ana'), ana)).toBe('ok');
  });

  it("refuses a document whose owner is not the writer, and another rep's document", () => {
    expect(verdict(lead('bo'), null, ana)).toMatch(/owner must be the user/);
    expect(verdict(lead('ana'), lead('bo'), ana)).toMatch(/never changes/);
    expect(verdict(lead('bo', { v: 2 }), lead('bo'), ana)).toMatch(/owner must be the user/);
  });

  it('refuses a document without a type or owner', () => {
    expect(verdict({ _id: 'x', owner: 'ana' }, null, ana)).toMatch(/needs a type/);
    expect(verdict({ _id: 'x', type: 'lead' }, null, ana)).toMatch(/owner must be the user/);
  });

  it('lets only the owner delete, and keeps a deleted id with its owner', () => {
    expect(verdict({ _id: 'lead:1', _deleted: true }, lead('ana'), ana)).toBe('ok');
    expect(verdict({ _id: 'lead:1', _deleted: true }, lead('bo'), ana)).toMatch(/only the owner/);
    expect(verdict(lead('ana'), { ...lead('bo'), _deleted: true }, ana)).toMatch(/never changes/);
    expect(verdict(lead('ana'), { _id: 'lead:1', _deleted: true }, ana)).toBe('ok');
  });

  it('lets only a team lead write the process, any lead', () => {
    const process = (owner: string) => ({ _id: 'process', type: 'process', owner });
    expect(verdict(process('ana'), null, ana)).toMatch(/only a team lead/);
    expect(verdict(process('lia'), process('max'), lia)).toBe('ok');
    expect(verdict({ ...process('lia'), type: 'lead' }, null, lia)).toMatch(/type "process"/);
    expect(verdict(process('lia'), null, { name: 'lia', roles: ['other-team:lead'] })).toMatch(
      /only a team lead/,
    );
    expect(verdict({ _id: 'process', _deleted: true }, process('lia'), ana)).toMatch(/only a team lead/);
  });

  it('lets only a team lead record a team review, with its type and the lead as owner', () => {
    const review = (owner: string, extra: Doc = {}) => ({
      _id: 'team-review:r1',
      type: 'team-review',
      owner,
      ...extra,
    });
    expect(verdict(review('lia'), null, lia)).toBe('ok');
    expect(verdict(review('ana'), null, ana)).toMatch(/only a team lead may record a team review/);
    expect(verdict(review('lia', { type: 'lead' }), null, lia)).toMatch(/type "team-review"/);
    expect(verdict(review('max'), null, lia)).toMatch(/owner must be the user/);
    expect(verdict({ _id: 'team-review:r1', _deleted: true }, review('lia'), ana)).toMatch(
      /only a team lead/,
    );
    // A rep cannot slip a team review in under another type either: the id decides.
    expect(verdict({ ...review('ana'), type: 'lead' }, null, ana)).toMatch(/only a team lead/);
  });

  it('lets server admins write anything', () => {
    expect(verdict({ _id: 'x' }, lead('bo'), admin)).toBe('ok');
    expect(verdict({ _id: 'process' }, null, admin)).toBe('ok');
  });
});
