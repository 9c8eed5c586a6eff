/** Creates an element with classes and text; text always goes in as text, never as markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: { className?: string; text?: string; attrs?: Record<string, string> } = {},
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className !== undefined) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  return element;
}

/** Removes classes, and the class attribute itself once it is empty, so the element is as it was before. */
export function dropClasses(element: Element, ...names: string[]): void {
  element.classList.remove(...names);
  if (element.classList.length === 0) element.removeAttribute("class");
}
