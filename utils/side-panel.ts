import type { browser as Browser } from 'wxt/browser';

type PanelApis = {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

/**
 * Opens the safety-plan panel: Chrome's side panel or Firefox's sidebar. The one place that
 * knows the two differ. Call it synchronously inside the click or command handler, before
 * any await: both browsers only allow it during the user's gesture.
 */
export function openPlansPanel(browser: typeof Browser, windowId: number | undefined): Promise<void> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidePanel && windowId !== undefined) return apis.sidePanel.open({ windowId });
  if (apis.sidebarAction) return apis.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}
