// happy-dom has no IndexedDB; fake-indexeddb gives tests a real, spec-following one.
import 'fake-indexeddb/auto';
import en from '@/public/_locales/en/messages.json';
import { createTranslator, setTranslator } from '@/utils/i18n';

// Components speak English in tests, as a page does once it reads its inlined catalog.
setTranslator(createTranslator('en', en));
