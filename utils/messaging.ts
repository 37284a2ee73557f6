import { defineExtensionMessaging } from '@webext-core/messaging';
import type { InsertResult } from './insert/insert-service';

/**
 * Every one-shot message between the extension's pages and its background, with argument and
 * result types checked at compile time on both ends. (Plan editing streams over a port; its
 * requests are typed the same way in `PlanProtocol`, utils/plans/protocol.ts.) Injected code
 * sends no messages: `scripting.executeScript` returns its result directly.
 */
export interface ProtocolMap {
  /** Popup or side panel → background: put text at the caret of the tab's focused field. */
  insertText(data: { tabId: number; text: string; entryId?: string }): InsertResult;
  /** Side panel → background: take the popup's “Note this”; true for the first panel that asks. */
  claimNote(data: { at: number; entryId: string }): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

export type { PlanProtocol } from './plans/protocol';
