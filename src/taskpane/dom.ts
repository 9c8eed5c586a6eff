/** Attributes and text of an element made by `el`. Text is always set as text, never parsed as HTML. */
export interface ElementOptions {
  readonly id?: string;
  readonly className?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly data?: Readonly<Record<string, string>>;
}

/** Makes an element with the given options and children (textContent only: sheet text stays text). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.id !== undefined) element.id = options.id;
  if (options.className !== undefined) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  for (const [name, value] of Object.entries(options.data ?? {})) element.dataset[name] = value;
  element.append(...children);
  return element;
}

/** An <option>; its label is text. */
export const option = (value: string, label: string, selected = false): HTMLOptionElement => {
  const element = el("option", { text: label, attrs: { value } });
  element.selected = selected;
  return element;
};

/** A label + control pair: the label names the control for screen readers. */
export function field(id: string, label: string, control: HTMLElement): HTMLDivElement {
  control.id = id;
  return el("div", { className: "pc-field" }, [el("label", { text: label, attrs: { for: id } }), control]);
}
