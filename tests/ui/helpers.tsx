// Rendering helpers for component tests (jsdom): mount into a fresh container, let effects, promises and
// zero-delay timers run, and query by data-testid.
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

export function mount(vnode: VNode): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(vnode, container);
  });
  return container;
}

export function unmount(container: HTMLElement): void {
  act(() => {
    render(null, container);
  });
  container.remove();
}

/** One animation frame (jsdom runs them on a 16 ms clock) followed by a 0 ms timer: "after paint". */
function frame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

/** Runs pending promise callbacks, effects and after-paint work a few rounds. */
export async function settle(rounds = 4): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await frame();
    });
  }
}

export function byTestId<T extends Element = HTMLElement>(root: ParentNode, id: string): T {
  const el = root.querySelector<T>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`no element with data-testid="${id}"`);
  return el;
}

export function allByTestId<T extends Element = HTMLElement>(root: ParentNode, id: string): T[] {
  return Array.from(root.querySelectorAll<T>(`[data-testid="${id}"]`));
}

export async function click(el: Element): Promise<void> {
  await act(async () => {
    (el as HTMLElement).click();
  });
  await settle();
}

export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const b = Array.from(root.querySelectorAll('button')).find((x) => (x.textContent ?? '').includes(text));
  if (!b) throw new Error(`no button containing "${text}"`);
  return b;
}

export async function changeValue(el: HTMLSelectElement | HTMLInputElement | HTMLTextAreaElement, value: string, event: 'change' | 'input' = 'change'): Promise<void> {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
  await settle();
}
