import { existsSync } from 'node:fs';
import { findChromium, NO_CHROMIUM_HELP } from '../../scripts/find-chromium.ts';
import { EXTENSION_DIR } from './fixtures.ts';

/** Fails fast, with instructions, when the tests cannot run at all. */
export default function setup() {
  if (!findChromium()) throw new Error(NO_CHROMIUM_HELP);
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension in ${EXTENSION_DIR}. Run "npm run e2e" (it builds first) or "npm run build".`);
  }
}
