/**
 * What a CASA program may set for the side panel and the print page. The values come from the
 * program's settings (utils/program/); each entry page passes them, in one `policy` object,
 * down to components as props.
 */
export interface PanelPolicy {
  /** Creating the first plan goes through setting a passphrase (not skippable), and the lock cannot be turned off. */
  requireLock: boolean;
  /** When false, plain (unencrypted) export is not offered at all. */
  allowPlainExport: boolean;
  /** Auto-lock choices above this many minutes are not offered. */
  maxAutoLockMinutes?: number;
  /** Shown in the panel's header and on printed plans and wallet cards. */
  programName?: string;
}

/** The panel's part of a checked program (utils/program/program.ts): no program, no rules. */
export function panelPolicyOf(settings: {
  requireLock: boolean;
  allowPlainExport: boolean;
  maxAutoLockMinutes?: number;
  programName?: string;
}): PanelPolicy {
  const { requireLock, allowPlainExport, maxAutoLockMinutes, programName } = settings;
  return { requireLock, allowPlainExport, maxAutoLockMinutes, programName };
}
