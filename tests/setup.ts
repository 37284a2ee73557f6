// happy-dom has no IndexedDB; fake-indexeddb gives tests a real, spec-following one.
import 'fake-indexeddb/auto';
