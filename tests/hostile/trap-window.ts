// A jsdom window in which a leaked vector WOULD run: scripts enabled (`runScripts: 'dangerously'` compiles
// inline handlers and evaluates javascript: URLs on navigation), rAF on (`pretendToBeVisual`), a trap global
// (`window.__pwned`, set by every vector's payload) and spied alert/confirm/prompt. `provoke()` then plays the
// part of the browser and the reader: every event a handler could wait for, on every element, and a click on
// every link (jsdom loads no images, so onerror/onload only fire when dispatched).
//
// jsdom ships no types (and @types/jsdom is not a dependency): it is imported through a variable and the few
// members used here are described below.
import { vi, type Mock } from 'vitest';

interface JsdomWindow extends Window {
  __pwned?: unknown;
}

interface JsdomInstance {
  window: JsdomWindow;
}

interface JsdomModule {
  JSDOM: new (html: string, opts: Record<string, unknown>) => JsdomInstance;
  VirtualConsole: new () => { on(event: string, cb: (e: unknown) => void): void };
}

export interface TrapWindow {
  window: JsdomWindow;
  document: Document;
  alert: Mock<(msg?: unknown) => void>;
  /** What ran: the trap value and every dialog message, [] when nothing did. */
  fired(): string[];
  /** Script errors reported by jsdom (a handler that ran and threw still ran). */
  scriptErrors: string[];
  close(): void;
}

/** The extension page the HTML is shown in (its origin is what a vector would attack). */
export const EXTENSION_URL = 'chrome-extension://tinsachtestextensionid00000000/reader.html';

export async function createTrapWindow(url: string = EXTENSION_URL): Promise<TrapWindow> {
  const specifier = 'jsdom';
  const { JSDOM, VirtualConsole } = (await import(specifier)) as JsdomModule;
  const scriptErrors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e) => {
    const message = e instanceof Error ? e.message : String(e);
    // Navigation and form submission are not implemented in jsdom: expected when links are clicked.
    if (!/not implemented/i.test(message)) scriptErrors.push(message);
  });
  const dom = new JSDOM('<!DOCTYPE html><html lang="vi"><head><title>Tin Sạch</title></head><body></body></html>', {
    url,
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    virtualConsole,
  });
  const win = dom.window;
  const dialogs: string[] = [];
  const alert = vi.fn((msg?: unknown) => void dialogs.push(`alert(${String(msg)})`));
  win.alert = alert;
  win.confirm = (msg?: string) => (dialogs.push(`confirm(${String(msg)})`), false);
  win.prompt = (msg?: string) => (dialogs.push(`prompt(${String(msg)})`), null);
  win.open = (u?: string | URL) => (dialogs.push(`open(${String(u)})`), null);
  return {
    window: win,
    document: win.document,
    alert,
    scriptErrors,
    // Only a string counts: every payload sets one. jsdom also exposes elements of INERT documents (DOMParser,
    // createHTMLDocument: what DOMPurify parses into) as named window properties, so the clobbering vector's
    // <div id="__pwned"> shows up as window.__pwned while it is being sanitised; browsers expose only elements of
    // the window's own document, which activeMarkupProblems() keeps free of ids and names.
    fired: () => [...(typeof win.__pwned === 'string' ? [`__pwned=${win.__pwned}`] : []), ...dialogs],
    close: () => win.close(),
  };
}

/** Events an inline handler in a vector waits for (jsdom compiles the ones it knows). */
const EVENTS = [
  'load', 'error', 'click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'mouseover', 'mouseenter', 'mousemove',
  'pointerenter', 'pointerover', 'pointerdown', 'focus', 'focusin', 'blur', 'toggle', 'beforetoggle', 'input',
  'change', 'submit', 'reset', 'invalid', 'select', 'scroll', 'wheel', 'keydown', 'keyup', 'copy', 'paste',
  'contextmenu', 'animationstart', 'animationend', 'transitionend', 'loadstart', 'play', 'canplay', 'pageshow',
  'begin', 'start', 'finish', 'show', 'drag', 'drop',
];

/** Fires every event at every element under `root` (and at the body and window) and clicks every link. */
export async function provoke(trap: TrapWindow, root: Element): Promise<void> {
  const { window: win, document: doc } = trap;
  // Events of the trap window's own realm (jsdom rejects events made by another window).
  const EventOfWindow = (win as unknown as { Event: typeof Event }).Event;
  const targets: EventTarget[] = [root, ...Array.from(root.querySelectorAll('*')), doc.body, win];
  for (const target of targets) {
    for (const type of EVENTS) {
      try {
        target.dispatchEvent(new EventOfWindow(type, { bubbles: false, cancelable: true }));
      } catch {
        // A handler that throws has still run (and set the trap first); keep provoking.
      }
    }
  }
  for (const link of Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href], area[href]'))) {
    // jsdom follows only links without a target; a javascript: URL is evaluated on a timer.
    link.removeAttribute('target');
    try {
      link.click();
    } catch {
      // Same as above.
    }
  }
  // Let javascript: navigations (setTimeout 0), rAF callbacks and nested frames run.
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => win.setTimeout(resolve, 5));
}

/** Installs the trap window as the global window/document (the components use the globals), returns an undo. */
export function installGlobals(trap: TrapWindow): () => void {
  const g = globalThis as Record<string, unknown>;
  const win = trap.window as unknown as Record<string, unknown>;
  const keys = ['window', 'document', 'requestAnimationFrame', 'cancelAnimationFrame', 'Node', 'Element', 'HTMLElement', 'DocumentFragment', 'NodeFilter', 'Event', 'getComputedStyle', 'navigator'];
  const saved = keys.map((k) => [k, Object.getOwnPropertyDescriptor(g, k)] as const);
  for (const k of keys) {
    const value = typeof win[k] === 'function' && /^[a-z]/.test(k) ? (win[k] as (...a: unknown[]) => unknown).bind(trap.window) : win[k];
    Object.defineProperty(g, k, { value, configurable: true, writable: true });
  }
  return () => {
    for (const [k, d] of saved) {
      if (d) Object.defineProperty(g, k, d);
      else delete g[k];
    }
  };
}
