import { isOwnExtensionPage } from '../port';
import type { PlanMethod } from './protocol';

/** How much of the plan API a page gets: all of it, reading one plan, or nothing. */
export type PlanAccess = 'full' | 'read' | 'none';

/** What the print page needs: one plan, its observations (a filled red-flag checklist), and whether plans are locked. */
export const READ_ONLY_METHODS: ReadonlySet<PlanMethod> = new Set<PlanMethod>(['get', 'observations', 'vaultStatus']);

/**
 * Only the pages that need the plan API get it: the side panel all of it, the print page
 * read-only, the popup and anything else none. (A page of this extension could still open the
 * database itself — same origin — so this narrows mistakes and misuse, it is no wall.)
 */
const PAGE_ACCESS: Readonly<Record<string, PlanAccess>> = { '/sidepanel.html': 'full', '/print.html': 'read' };

export function planAccessFor(sender: { id?: string; url?: string } | undefined, extensionId: string, extensionOrigin: string): PlanAccess {
  if (!isOwnExtensionPage(sender, extensionId, extensionOrigin)) return 'none';
  return PAGE_ACCESS[new URL(sender!.url!).pathname] ?? 'none';
}
