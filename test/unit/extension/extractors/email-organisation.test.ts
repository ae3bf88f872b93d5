import { describe, expect, it } from 'vitest';
import { isGenericMailbox as isRoleMailbox } from '../../../../extension/extractors/email-helpers';
import { displayName, organisationSender } from '../../../../extension/extractors/email-organisation';

describe('organisationSender', () => {
  it('a display name with a legal form is an organisation, whatever the mailbox', () => {
    expect(organisationSender('Acme Corp, Inc.', 'renewals@acme-corp.example', [])).toEqual([
      'Acme Corp, Inc.',
      1,
    ]);
    expect(organisationSender('Finanzas Norte S.L.', 'marta@finanzas-norte.es', [])?.[0]).toBe(
      'Finanzas Norte S.L.',
    );
  });

  it('a team name on a role mailbox is the organisation', () => {
    expect(organisationSender('Acme Billing', 'billing@acme-corp.example', [])?.[0]).toBe('Acme Billing');
    expect(organisationSender('Facturación', 'facturacion@finanzas-norte.es', [])?.[0]).toBe('Facturación');
    expect(organisationSender('Renovaciones Nubeluz', 'no-reply@nubeluz.example', [])?.[0]).toBe(
      'Renovaciones Nubeluz',
    );
  });

  it('a person is a person, on their own mailbox or on a role one', () => {
    expect(organisationSender('Laura Campos', 'laura.campos@acme-corp.example', [])).toBeUndefined();
    expect(organisationSender('Laura Campos', 'ventas@acme-corp.example', [])).toBeUndefined();
    expect(organisationSender('José Ñúñez', 'josé@acme.example', [])).toBeUndefined();
  });

  it('without a display name: the footer’s company, else the domain, never the local part', () => {
    const footer = ['Hemos recibido su pedido.', 'Frigoríficos Ebro S.A.', 'Polígono de Ejemplo, 12'];
    expect(organisationSender('no-reply', 'no-reply@frigorificos-ebro.example', footer)).toEqual([
      'Frigoríficos Ebro S.A.',
      0.7,
    ]);
    expect(organisationSender('', 'renewals@acme-corp.example', [])).toEqual(['Acme Corp', 0.4]);
    expect(organisationSender('', 'noreply@gmail.com', [])).toBeUndefined();
  });

  it('knows role mailboxes and drops display names that only repeat the address', () => {
    for (const e of [
      'billing@a.example',
      'renewals@a.example',
      'no-reply@a.example',
      'noreply@a.example',
      'do-not-reply@a.example',
    ])
      expect(isRoleMailbox(e), e).toBe(true);
    expect(isRoleMailbox('laura.campos@a.example')).toBe(false);
    expect(displayName('billing', 'billing@a.example')).toBe('');
    expect(displayName('billing@a.example', 'billing@a.example')).toBe('');
    expect(displayName('Jorge Benítez', 'jorge.benitez@a.example')).toBe('Jorge Benítez');
  });
});
