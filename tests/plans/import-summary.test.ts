import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { createTranslator, setTranslator } from '@/utils/i18n';
import { BACKUP_FORMAT, parseBackup } from '@/utils/plans/backup';
import { describeImport } from '@/utils/plans/format';

const none = { added: 0, replaced: 0, keptNewer: 0, same: 0 };

describe('what an import says it did', () => {
  it('counts plans, and observations when the file brought any that count', () => {
    expect(describeImport({ ...none, same: 1, observations: { ...none, added: 1 } })).toBe(
      'Imported: 0 new, 0 updated, 0 kept because the copy here was newer. 1 already here, unchanged. ' +
        'Observations: 1 new, 0 updated, 0 kept because the copy here was newer.',
    );
    expect(describeImport({ ...none, added: 2, observations: { ...none, replaced: 1, same: 3 } })).toBe(
      'Imported: 2 new, 0 updated, 0 kept because the copy here was newer. ' +
        'Observations: 0 new, 1 updated, 0 kept because the copy here was newer. 3 already here, unchanged.',
    );
  });

  it('says observations were looked at even when all were unchanged; nothing of them when the file held none', () => {
    expect(describeImport({ ...none, same: 1, observations: { ...none, same: 4 } })).toBe(
      'Imported: 0 new, 0 updated, 0 kept because the copy here was newer. 1 already here, unchanged. ' +
        'Observations: 0 new, 0 updated, 0 kept because the copy here was newer. 4 already here, unchanged.',
    );
    const plansOnly = 'Imported: 1 new, 0 updated, 0 kept because the copy here was newer.';
    expect(describeImport({ ...none, added: 1 })).toBe(plansOnly);
    expect(describeImport({ ...none, added: 1, observations: none })).toBe(plansOnly);
  });
});

describe('an import that updated a plan here (helper-44 #6)', () => {
  it('says where what the plan held before is kept', () => {
    expect(describeImport({ ...none, replaced: 1 })).toBe(
      'Imported: 0 new, 1 updated, 0 kept because the copy here was newer. What an updated plan held before is kept under its Earlier versions.',
    );
  });
});

describe('in Spanish', () => {
  beforeAll(() => setTranslator(createTranslator('es', es)));
  afterAll(() => setTranslator(createTranslator('en', en)));

  it('counts without number agreement to get wrong (“1 nuevos”)', () => {
    expect(describeImport({ ...none, added: 1, same: 1, observations: { ...none, added: 1 } })).toBe(
      'Importado — nuevos: 1; actualizados: 0; sin cambiar porque la copia de aquí era más reciente: 0. Ya estaban aquí, sin cambios: 1. ' +
        'Observaciones — nuevas: 1; actualizadas: 0; sin cambiar porque la copia de aquí era más reciente: 0.',
    );
  });
});

describe('what is wrong with a file, in the panel’s language', () => {
  const fileWith = (plan: Record<string, unknown>) =>
    JSON.stringify({ format: BACKUP_FORMAT, version: 2, plans: [{ id: 'f', rev: 1, createdAt: 1, updatedAt: 1, data: {}, ...plan }] });
  const tooLong = fileWith({ data: { nickname: 'N'.repeat(300) } });

  it('in English, one sentence ending “Nothing was imported.”', () => {
    expect(parseBackup(fileWith({ id: 'a b' }))).toEqual({ ok: false, error: 'Plan 1 of 1 has no valid id. Nothing was imported.' });
    expect(parseBackup(tooLong)).toEqual({
      ok: false,
      error:
        'Plan 1 of 1: That is too long for “Youth’s nickname or initials”: 300 characters, and the limit is 200. Nothing was imported.',
    });
  });

  it('in Spanish, wholly in Spanish', () => {
    setTranslator(createTranslator('es', es));
    try {
      expect(parseBackup(fileWith({ id: 'a b' }))).toEqual({
        ok: false,
        error: 'Plan 1 de 1: no tiene un identificador válido. No se importó nada.',
      });
      const twoPlans = JSON.stringify({
        format: BACKUP_FORMAT,
        version: 2,
        plans: [JSON.parse(fileWith({})).plans[0], JSON.parse(fileWith({})).plans[0]],
      });
      expect(parseBackup(twoPlans)).toEqual({
        ok: false,
        error: 'Plan 2 de 2: tiene el mismo identificador que el plan 1. No se importó nada.',
      });
      expect((parseBackup(tooLong) as { error: string }).error).toMatch(
        /^Plan 1 de 1: Es demasiado largo para “.*”: 300 caracteres, y el límite es 200\. No se importó nada\.$/,
      );
    } finally {
      setTranslator(createTranslator('en', en));
    }
  });
});
