/**
 * Names for the icon-only buttons Decap draws on each item of a list (the
 * plan's tasks, a progress update's figures): its ListItemTopBar renders a
 * collapse toggle before the drag handle and a remove button after it, with
 * no text and no aria-label (decap-cms-ui-default/src/ListItemTopBar.js), so
 * a screen reader announces only "nút". Decap is bundled as it is published;
 * the names are added to the DOM it renders.
 */

export const LIST_ITEM_BUTTON_NAMES = { toggle: 'Mở rộng hoặc thu gọn mục này', remove: 'Xoá mục này' } as const;

/** Gives every unnamed button of every list item top bar under `root` its name. */
export function nameListItemButtons(root: ParentNode): void {
  for (const bar of root.querySelectorAll<HTMLElement>('[class*="ListItemTopBar"]')) {
    const handle = bar.querySelector(':scope > [role="button"]');
    for (const button of bar.querySelectorAll<HTMLButtonElement>(':scope > button:not([aria-label])')) {
      const beforeHandle = handle ? Boolean(button.compareDocumentPosition(handle) & Node.DOCUMENT_POSITION_FOLLOWING) : button === bar.firstElementChild;
      button.setAttribute('aria-label', beforeHandle ? LIST_ITEM_BUTTON_NAMES.toggle : LIST_ITEM_BUTTON_NAMES.remove);
    }
  }
}

/** Keeps naming them as Decap renders new ones. */
export function watchListItemButtons(root: HTMLElement): void {
  nameListItemButtons(root);
  new MutationObserver(() => nameListItemButtons(root)).observe(root, { childList: true, subtree: true });
}
