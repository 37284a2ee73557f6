import { t } from '@/utils/i18n';

/**
 * A first name and a surname, as a form is filled in a hurry ("Ana Ruiz", "María López"): two
 * words or more of three letters or more, each capitalised. Nicknames and initials pass ("J.D.",
 * "Ana R.", "La Güera"); "Big Mike" is asked about too, which costs a glance, never a block.
 */
const FULL_NAME = /^\p{Lu}\p{Ll}{2,}(?:[ -]+\p{Lu}\p{Ll}{2,})+$/u;

/** A question for a nickname that looks like a full name (the form asks for a nickname or initials); "" otherwise. */
export function questionNickname(value: string): string {
  const name = value.trim().replace(/\s+/gu, ' ');
  return FULL_NAME.test(name) ? t('plan_nickname_full_name', name) : '';
}
