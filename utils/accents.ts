/**
 * `text` without its accents ("qué" → "que", "Güera" → "Guera"): letters decomposed, their
 * combining marks dropped. Search folds queries and the guide with it, the plan list its filter.
 */
export const stripAccents = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
