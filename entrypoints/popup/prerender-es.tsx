import { inlineDataIn, renderIn } from './prerender';

/** The Spanish popup (popup-es.html), prerendered like the English one. */
export const render = () => renderIn('es');
export const inlineData = () => inlineDataIn('es');
