// Small DOM helpers. Data always goes in as text nodes, never as HTML.

type Attrs = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === "class") el.className = value === true ? "" : value;
    else el.setAttribute(name, value === true ? "" : value);
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

export function replaceChildren(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

export function $<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`missing element ${selector}`);
  return el;
}

export interface Keyed {
  id: string;
}

/**
 * Keep `list`'s children in the order of `rows`, one element per id. An element made once
 * by `make` is kept while its row stays, and `fill` refreshes it on every snapshot, so a
 * button that has focus, a note being typed or a prediction's result survive live updates.
 */
export function reconcile<T extends Keyed>(
  list: HTMLElement,
  rows: readonly T[],
  make: (row: T) => HTMLElement,
  fill: (el: HTMLElement, row: T) => void,
): void {
  const existing = new Map<string, HTMLElement>();
  for (const child of Array.from(list.children)) {
    if (child instanceof HTMLElement && child.dataset.key !== undefined) {
      existing.set(child.dataset.key, child);
    }
  }
  rows.forEach((row, index) => {
    let el = existing.get(row.id);
    if (el) {
      existing.delete(row.id);
    } else {
      el = make(row);
      el.dataset.key = row.id;
    }
    fill(el, row);
    const at = list.children[index] ?? null;
    if (at !== el) list.insertBefore(el, at);
  });
  for (const gone of existing.values()) gone.remove();
}
