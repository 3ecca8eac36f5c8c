import { z } from 'zod';
import { Profile } from '../../src/schema/profile.ts';
import { Notice } from '../storage/quarantine.ts';
import { NOTE_MAX, SavedRole, Stage } from '../storage/saved-role.ts';
import { SitePanelSettings } from '../storage/settings.ts';
import { OPTIONS_MESSAGES, RoleIndexList } from './options-messages.ts';
import { PAGE_NAMES, type PageName } from './pages.ts';
import { PARSE_MESSAGES } from './parse-messages.ts';
import { Ack, ContentView, TabView } from './views.ts';
import { wrap } from './wire.ts';

/**
 * Who may send a message to whom. The receiver checks the sender against this:
 * content->background must come from a tab's content script, page->background from one of our
 * own pages, background->* from our background.
 */
export type Direction =
  | 'content->background'
  | 'page->background'
  | 'background->content'
  | 'background->page';

export { PAGE_NAMES, type PageName };

export interface MessageDef<
  P extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
  D extends Direction = Direction,
> {
  direction: D;
  payload: P;
  response: R;
  /** page->background only: which pages may send it. */
  pages?: readonly PageName[];
}

function def<P extends z.ZodType, R extends z.ZodType, D extends Direction>(
  d: MessageDef<P, R, D>,
): MessageDef<P, R, D> {
  return d;
}

const TabId = z.number().int().nonnegative();
const Url = z.string().max(8192);
const Host = z.string().min(1).max(253);
const Origin = z.string().regex(/^https?:\/\/[^/\s]{1,253}$/);

export const MESSAGES = {
  // Content scripts: report what they see, ask how to show it, open their panel. They cannot
  // write user data, and they never hand over a posting: a posting is only what the
  // background parsed from the page's HTML ('page/look'). This one says "no posting here"
  // (a page that moved off its job without a new parse).
  'posting/none': def({
    direction: 'content->background',
    payload: z.object({ url: Url }),
    response: ContentView,
  }),
  // The bar's Open button: opens the panel on the sender's own host (the one setting a
  // content script can change).
  'content/open-panel': def({
    direction: 'content->background',
    payload: z.object({ url: Url }),
    response: ContentView,
  }),
  'content/view': def({
    direction: 'content->background',
    payload: z.object({ url: Url }),
    response: ContentView,
  }),
  ...PARSE_MESSAGES,

  // Our pages.
  'tab/get': def({
    direction: 'page->background',
    pages: ['popup', 'panel'],
    payload: z.object({ tabId: TabId }),
    response: TabView,
  }),
  'tab/analyze': def({
    direction: 'page->background',
    pages: ['popup'],
    payload: z.object({ tabId: TabId }),
    response: TabView,
  }),
  'role/save': def({
    direction: 'page->background',
    pages: ['popup', 'panel'],
    payload: z.object({ tabId: TabId }),
    response: SavedRole,
  }),
  // Removing is its own deliberate action (never a second click on Save); the removed role
  // comes back so the page can offer Undo ('role/restore').
  'role/remove': def({
    direction: 'page->background',
    pages: ['popup', 'panel', 'options'],
    payload: z.object({ key: z.string().min(1).max(2048) }),
    response: z.object({ removed: z.boolean(), role: SavedRole.nullable() }),
  }),
  /** Undo of a remove: the role as it was. */
  'role/restore': def({
    direction: 'page->background',
    pages: ['popup', 'panel', 'options'],
    payload: z.object({ role: SavedRole }),
    response: SavedRole,
  }),
  'role/patch': def({
    direction: 'page->background',
    pages: ['popup', 'panel', 'options'],
    payload: z.object({
      key: z.string().min(1).max(2048),
      stage: Stage.optional(),
      note: z.string().max(NOTE_MAX).optional(),
    }),
    response: SavedRole.nullable(),
  }),
  'roles/list': def({
    direction: 'page->background',
    pages: ['popup', 'options'],
    payload: z.object({}),
    response: RoleIndexList,
  }),
  'profile/get': def({
    direction: 'page->background',
    pages: ['options'],
    payload: z.object({}),
    response: Profile.nullable(),
  }),
  'profile/import': def({
    direction: 'page->background',
    pages: ['options'],
    payload: z.object({ profile: Profile }),
    response: Ack,
  }),
  ...OPTIONS_MESSAGES,
  'options/open': def({
    direction: 'page->background',
    pages: ['popup', 'panel'],
    payload: z.object({}),
    response: Ack,
  }),
  'notices/list': def({
    direction: 'page->background',
    pages: ['popup', 'options'],
    payload: z.object({}),
    response: z.array(Notice),
  }),
  'notices/dismiss': def({
    direction: 'page->background',
    pages: ['options'],
    payload: z.object({ id: z.string().min(1).max(4096) }),
    response: Ack,
  }),
  'site/panel': def({
    direction: 'page->background',
    pages: ['popup', 'panel'],
    payload: z.object({
      host: Host,
      hidden: z.boolean().optional(),
      collapsed: z.boolean().optional(),
    }),
    response: SitePanelSettings,
  }),
  'site/always-run': def({
    direction: 'page->background',
    pages: ['popup'],
    payload: z.object({ origin: Origin, enabled: z.boolean() }),
    response: z.object({ enabled: z.boolean() }),
  }),
  'site/always-run-status': def({
    direction: 'page->background',
    pages: ['popup'],
    payload: z.object({ origin: Origin }),
    response: z.object({ enabled: z.boolean() }),
  }),

  // Background -> content script.
  'content/panel-view': def({
    direction: 'background->content',
    payload: ContentView,
    response: Ack,
  }),
  'content/ping': def({
    direction: 'background->content',
    payload: z.object({}),
    response: z.object({ url: Url, key: z.string().nullable() }),
  }),

  // Background -> our pages: something they show changed; they fetch it again.
  'page/changed': def({
    direction: 'background->page',
    payload: z.object({
      tabId: TabId.nullable(),
      what: z.enum(['tab', 'roles', 'profile', 'notices']),
    }),
    response: Ack,
  }),
} as const;

export type MessageType = keyof typeof MESSAGES;
export type PayloadOf<T extends MessageType> = z.output<(typeof MESSAGES)[T]['payload']>;
export type ResponseOf<T extends MessageType> = z.output<(typeof MESSAGES)[T]['response']>;
export type TypesFor<D extends Direction> = {
  [K in MessageType]: (typeof MESSAGES)[K]['direction'] extends D ? K : never;
}[MessageType];

/** The wire envelope: tagged so unrelated messages are told apart without guessing. */
export const Envelope = z.object({ joblens: z.literal(1), type: z.string(), payload: z.unknown() });

export const Reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export function envelope<T extends MessageType>(type: T, payload: PayloadOf<T>) {
  return wrap(type, payload);
}
