/**
 * A CASA program's settings, from browser policy (storage.managed) or a resource pack file,
 * checked field by field. Bad input never breaks the guide: every valid part applies, every
 * invalid one is skipped with a reason in plain words for Settings to list. Nothing here is
 * ever rendered as HTML; text that looks like markup is refused all the same, so a pack cannot
 * even look like it tries. The reasons are in the interface's language (helper-71: English in a
 * Spanish Settings), so whoever checks them reads them again when the language changes.
 */
import type { ContactDetails, GuideEntry, PhoneLine } from '@/content/schema';
import { currentLang, t, type MessageKey } from '@/utils/i18n';

/** One local line a program adds, as a policy or pack writes it. */
export interface LocalResourceInput {
  id: string;
  title: string;
  body: string;
  phones: { number: string; label?: string }[];
  text?: string;
  hours?: string;
  website?: string;
  synonyms?: string[];
  hotline?: boolean;
}

/** What applies after checking: never anything the checks refused. */
export interface ProgramSettings {
  programName?: string;
  /** The program's lines, as guide entries ("From your program"). */
  resources: GuideEntry[];
  /** Built-in entries the program does not want shown. */
  hiddenIds: string[];
  requireLock: boolean;
  /** The longest auto-lock a volunteer may choose, in minutes. */
  maxAutoLockMinutes?: number;
  allowPlainExport: boolean;
}

/** A part that was not applied, and why, for Settings. */
export interface Skipped {
  where: string;
  why: string;
}

export interface CheckOptions {
  /** Where the settings come from: a browser policy may set rules, a pack only adds lines. */
  via: 'policy' | 'pack';
  /** Ids of the built-in guide (what `hideEntries` may name). */
  builtInIds: ReadonlySet<string>;
  /** Shown as the source when the settings name no program. */
  fallbackName?: string;
}

/** More local lines than any program needs; the rest are skipped, never slowing the popup. */
export const MAX_LOCAL_RESOURCES = 100;
const RESOURCE_KEYS = new Set(['id', 'title', 'body', 'phones', 'text', 'hours', 'website', 'synonyms', 'hotline']);
const POLICY_KEYS = new Set(['programName', 'localResources', 'hideEntries', 'requireLock', 'maxAutoLockMinutes', 'allowPlainExport']);
const PACK_KEYS = new Set(['programName', 'localResources', 'hideEntries']);
const LIMITS = { programName: 80, title: 120, body: 1000, label: 60, hours: 80, synonym: 60, synonyms: 40 } as const;
/** Crisis entries stay: the card must work whatever a program hides. */
const NEVER_HIDDEN = /^crisis-/;

/* eslint-disable no-control-regex -- control and direction-override characters are exactly what is refused */
const CONTROL = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;
/* eslint-enable no-control-regex */

/** A value as Settings may quote it: text, a number or true/false, cut short; anything else by its kind (String() of an object can throw). */
function shown(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value).slice(0, 40);
  if (value === null || value === undefined) return String(value);
  return Array.isArray(value) ? t('program_value_list') : t('program_value_object');
}

class Refusal extends Error {}
const refuse = (why: string): never => {
  throw new Refusal(why);
};

/** A string of at most `max` characters, trimmed, with no markup and no control characters. */
function text(value: unknown, field: MessageKey, max: number, { multiline = false } = {}): string {
  const name = t(field);
  if (typeof value !== 'string') return refuse(t('program_why_not_text', name));
  // A tab is how a spreadsheet pastes a gap, not an attack: it reads as a space (helper-71).
  const trimmed = value.replace(/\t+/g, ' ').trim();
  if (!trimmed) return refuse(t('program_why_empty', name));
  if (trimmed.length > max) return refuse(t('program_why_too_long', name, max));
  if (/<\s*[a-z/!]/i.test(trimmed)) return refuse(t('program_why_html', name));
  if ((multiline ? CONTROL_EXCEPT_NEWLINE : CONTROL).test(trimmed)) return refuse(t('program_why_control', name));
  return trimmed;
}

/**
 * A phone number the way the guide writes one: "1-888-373-7888", "213-639-4500", "988",
 * "233733". Spaces, dots and brackets are accepted and normalized; anything else is refused.
 */
export function normalizePhone(value: unknown): string {
  if (typeof value !== 'string' || !/^[\d\s().+-]{3,24}$/.test(value)) return refuse(t('program_why_not_phone', shown(value)));
  const digits = value.replace(/\D/g, '');
  if (digits.length === 10) return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
  if (digits.length === 11 && digits.startsWith('1')) return `1-${digits.slice(1, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}`;
  if (digits.length >= 3 && digits.length <= 6) return digits;
  return refuse(t('program_why_not_phone', value.slice(0, 30)));
}

function website(value: unknown): string {
  const raw = text(value, 'program_field_website', 300);
  // The URL parser turns a space into %20: "https://exa mple.org" would become a broken link (helper-71).
  if (/\s/.test(raw)) return refuse(t('program_why_not_address'));
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse(t('program_why_not_address'));
  }
  if (url.protocol !== 'https:' || url.username || url.password) return refuse(t('program_why_https'));
  return url.href;
}

/** One local resource as a guide entry, or a refusal saying what is wrong with it. */
function resource(raw: unknown, name: string, via: 'policy' | 'pack', rank: number): GuideEntry {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return refuse(t('program_why_not_resource'));
  const input = raw as Record<string, unknown>;
  const unknown = Object.keys(input).filter((k) => !RESOURCE_KEYS.has(k));
  if (unknown.length) refuse(t('program_why_unknown_field', unknown.map((k) => `“${k.slice(0, 30)}”`).join(', ')));
  const id = text(input.id, 'program_field_id', 60);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) refuse(t('program_why_id_format'));
  if (!Array.isArray(input.phones) || input.phones.length === 0) refuse(t('program_why_no_phone'));
  const phones = (input.phones as unknown[]).slice(0, 5).map((p): PhoneLine => {
    if (!p || typeof p !== 'object') return refuse(t('program_why_phone_shape'));
    const { number, label, ...rest } = p as Record<string, unknown>;
    if (Object.keys(rest).length) refuse(t('program_why_phone_fields'));
    return {
      number: normalizePhone(number),
      ...(label !== undefined && { label: text(label, 'program_field_phone_label', LIMITS.label) }),
    };
  });
  const contact: ContactDetails = { phones };
  if (input.text !== undefined) contact.text = { number: normalizePhone(input.text) };
  if (input.hours !== undefined) contact.hours = text(input.hours, 'program_field_hours', LIMITS.hours);
  if (input.website !== undefined) contact.website = website(input.website);
  if (input.hotline !== undefined && typeof input.hotline !== 'boolean') refuse(t('program_why_hotline_bool'));
  if (input.synonyms !== undefined && !Array.isArray(input.synonyms)) refuse(t('program_why_synonyms_list'));
  const synonyms = ((input.synonyms as unknown[] | undefined) ?? [])
    .slice(0, LIMITS.synonyms)
    .map((s) => text(s, 'program_field_synonym', LIMITS.synonym));
  return {
    id: `program-${id}`,
    kind: 'resource',
    title: text(input.title, 'program_field_title', LIMITS.title),
    body: text(input.body, 'program_field_body', LIMITS.body, { multiline: true }),
    contact,
    tags: ['from your program', 'local'],
    synonyms: [name, ...synonyms],
    source: { type: 'program', name, via },
    ...(input.hotline === true && { hotlineRank: 100 + rank }),
  };
}

const label = (raw: unknown, i: number) => {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length <= 60 ? t('program_where_resource', id) : t('program_where_resource_n', i + 1);
};

/** Checks `raw` (the managed storage object, or a parsed pack file) and keeps what is valid. */
export function checkProgramSettings(
  raw: unknown,
  { via, builtInIds, fallbackName = t('program_fallback_name') }: CheckOptions,
): {
  settings: ProgramSettings;
  skipped: Skipped[];
} {
  const skipped: Skipped[] = [];
  const settings: ProgramSettings = { resources: [], hiddenIds: [], requireLock: false, allowPlainExport: true };
  if (raw === undefined || raw === null) return { settings, skipped };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { settings, skipped: [{ where: t('program_where_settings'), why: t('program_why_not_object') }] };
  const input = raw as Record<string, unknown>;
  const attempt = (where: string, apply: () => void) => {
    try {
      apply();
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      skipped.push({ where, why: e.message });
    }
  };
  for (const key of Object.keys(input)) {
    if (POLICY_KEYS.has(key) && !PACK_KEYS.has(key) && via === 'pack')
      skipped.push({ where: `“${key}”`, why: t('program_why_policy_only') });
    else if (!POLICY_KEYS.has(key)) skipped.push({ where: `“${key.slice(0, 40)}”`, why: t('program_why_unknown_setting') });
  }
  attempt(t('program_where_name'), () => {
    if (input.programName !== undefined) settings.programName = text(input.programName, 'program_field_name', LIMITS.programName);
  });
  const name = settings.programName ?? fallbackName;
  attempt(t('program_where_resources'), () => {
    if (input.localResources === undefined) return;
    if (!Array.isArray(input.localResources)) refuse(t('program_why_not_list'));
    const list = input.localResources as unknown[];
    const seen = new Set<string>();
    list.slice(0, MAX_LOCAL_RESOURCES).forEach((item, i) =>
      attempt(label(item, i), () => {
        const entry = resource(item, name, via, i);
        if (seen.has(entry.id)) refuse(t('program_why_duplicate_id'));
        seen.add(entry.id);
        settings.resources.push(entry);
      }),
    );
    if (list.length > MAX_LOCAL_RESOURCES)
      skipped.push({
        where: t('program_where_resources'),
        why: t(
          'program_why_first_only',
          MAX_LOCAL_RESOURCES,
          (list.length - MAX_LOCAL_RESOURCES).toLocaleString(currentLang() === 'es' ? 'es' : 'en-US'),
        ),
      });
  });
  attempt(t('program_where_hidden'), () => {
    if (input.hideEntries === undefined) return;
    if (!Array.isArray(input.hideEntries)) refuse(t('program_why_not_id_list'));
    // Each id once: a policy that names one twice does not list it twice in Settings (helper-71).
    for (const id of new Set((input.hideEntries as unknown[]).slice(0, 500))) {
      if (typeof id !== 'string' || !builtInIds.has(id))
        skipped.push({ where: t('program_where_hidden_one', shown(id)), why: t('program_why_no_entry') });
      else if (NEVER_HIDDEN.test(id)) skipped.push({ where: t('program_where_hidden_one', id), why: t('program_why_always_shown') });
      else settings.hiddenIds.push(id);
    }
  });
  if (via === 'policy') {
    attempt(t('program_where_lock'), () => {
      if (input.requireLock === undefined) return;
      if (typeof input.requireLock !== 'boolean') refuse(t('program_why_bool'));
      settings.requireLock = input.requireLock as boolean;
    });
    attempt(t('program_where_autolock'), () => {
      if (input.maxAutoLockMinutes === undefined) return;
      const m = input.maxAutoLockMinutes;
      if (typeof m !== 'number' || !Number.isInteger(m) || m < 1 || m > 1440) refuse(t('program_why_minutes'));
      settings.maxAutoLockMinutes = m as number;
    });
    attempt(t('program_where_export'), () => {
      if (input.allowPlainExport === undefined) return;
      if (typeof input.allowPlainExport !== 'boolean') refuse(t('program_why_bool'));
      settings.allowPlainExport = input.allowPlainExport as boolean;
    });
  }
  return { settings, skipped };
}
