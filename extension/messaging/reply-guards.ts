import type { MessageType } from './protocol.ts';
import { isRecord } from './wire.ts';

/**
 * Hand-written checks of the replies the content script and our pages receive. The sender is
 * our own background, which builds every reply from data it validated and parses it against
 * the response schema before answering (router.ts), so these only catch a reply that is not
 * what the message asked for (a mismatched or truncated answer), cheaply and without zod.
 */
type Guard = (x: unknown) => boolean;

const isNat = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isBool = (x: unknown): x is boolean => typeof x === 'boolean';
const isStringOrNull = (x: unknown): boolean => x === null || typeof x === 'string';

export const isContentView: Guard = (x) =>
  isRecord(x) && isNat(x.tabId) && isBool(x.hidden) && isBool(x.collapsed) && isStringOrNull(x.pay);

export const isAck: Guard = (x) => isRecord(x) && x.done === true;

const isSiteSettings: Guard = (x) => isRecord(x) && isBool(x.hidden) && isBool(x.collapsed);

const TAB_STATUS = new Set(['posting', 'none', 'unknown']);
export const isTabView: Guard = (x) =>
  isRecord(x) &&
  isNat(x.tabId) &&
  TAB_STATUS.has(x.status as string) &&
  isStringOrNull(x.url) &&
  isStringOrNull(x.host) &&
  isStringOrNull(x.key) &&
  (x.posting === null || (isRecord(x.posting) && Array.isArray(x.posting.salary))) &&
  (x.match === null || isRecord(x.match)) &&
  (x.saved === null || (isRecord(x.saved) && typeof x.saved.key === 'string')) &&
  isBool(x.hasProfile) &&
  isSiteSettings(x.site) &&
  isNat(x.notices);

const isLookAnswer: Guard = (x) =>
  isRecord(x) &&
  isRecord(x.look) &&
  isStringOrNull(x.look.key) &&
  isStringOrNull(x.look.fingerprint) &&
  isBool(x.report) &&
  isBool(x.again) &&
  isBool(x.pending) &&
  (x.view === null || isContentView(x.view));

const isSavedRole: Guard = (x) => isRecord(x) && typeof x.key === 'string';
const isEnabled: Guard = (x) => isRecord(x) && isBool(x.enabled);

/** By message type; a type without an entry gets the envelope check only. */
export const REPLY_GUARDS: Readonly<Partial<Record<MessageType, Guard>>> = {
  'posting/none': isContentView,
  'content/view': isContentView,
  'content/open-panel': isContentView,
  'page/look': isLookAnswer,
  'tab/get': isTabView,
  'tab/analyze': isTabView,
  'role/save': isSavedRole,
  'role/remove': (x) =>
    isRecord(x) && isBool(x.removed) && (x.role === null || isSavedRole(x.role)),
  'role/restore': isSavedRole,
  'role/patch': (x) => x === null || isSavedRole(x),
  'roles/list': Array.isArray,
  'roles/get': Array.isArray,
  'options/open': isAck,
  'notices/list': Array.isArray,
  'site/panel': isSiteSettings,
  'site/always-run': isEnabled,
  'site/always-run-status': isEnabled,
};
