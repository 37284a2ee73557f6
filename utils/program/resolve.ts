/**
 * One program, from what the browser and the volunteer provide: a managed policy wins over
 * resource packs; without one, every pack's lines apply. Pure: `store.ts` reads the sources.
 */
import { NO_PROGRAM, type Program, type StoredPack } from './program';
import { t } from '@/utils/i18n';
import { checkProgramSettings } from './validate';

const isEmptyPolicy = (raw: unknown) => !raw || typeof raw !== 'object' || Object.keys(raw).length === 0;

/** The program from a managed policy (`storage.managed.get()`) and the loaded packs. */
export function resolveProgram(managed: unknown, packs: readonly StoredPack[], builtInIds: ReadonlySet<string>): Program {
  if (!isEmptyPolicy(managed)) {
    const { settings, skipped } = checkProgramSettings(managed, { via: 'policy', builtInIds });
    const unused = packs.map((p) => ({ where: t('program_where_pack', p.name), why: t('program_why_policy_wins') }));
    return { settings, from: 'policy', skipped: [...skipped, ...unused] };
  }
  if (!packs.length) return NO_PROGRAM;
  const program: Program = { settings: { ...NO_PROGRAM.settings, resources: [], hiddenIds: [] }, from: 'packs', skipped: [] };
  for (const pack of packs) {
    const { settings, skipped } = checkProgramSettings(pack.data, { via: 'pack', builtInIds, fallbackName: pack.name });
    program.skipped.push(...skipped.map((s) => ({ where: `${pack.name}: ${s.where}`, why: s.why })));
    program.settings.programName ??= settings.programName;
    for (const entry of settings.resources) {
      if (program.settings.resources.some((e) => e.id === entry.id))
        program.skipped.push({ where: `${pack.name}: ${entry.title}`, why: t('program_why_pack_duplicate') });
      else program.settings.resources.push(entry);
    }
    program.settings.hiddenIds.push(...settings.hiddenIds.filter((id) => !program.settings.hiddenIds.includes(id)));
  }
  return program;
}
