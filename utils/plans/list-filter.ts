import { stripAccents } from '../accents';

/** Lower case without accents: "Güera" and "guera", "Muñoz" and "munoz" are the same to a filter. */
const fold = (text: string): string => stripAccents(text.toLowerCase());

/**
 * The plans whose nickname holds what the filter says, however it is accented (helper-62: a
 * volunteer typing in a hurry, or on an English keyboard, wrote "guera" and did not find "Güera").
 */
export function filterByNickname<T extends { nickname: string }>(plans: readonly T[], filter: string): readonly T[] {
  const needle = fold(filter.trim());
  return needle ? plans.filter((p) => fold(p.nickname).includes(needle)) : plans;
}
