/**
 * Names of uploaded files. Decap names an upload by its own sanitizeSlug of
 * the lower-cased file name (decap-cms-core, actions/mediaLibrary.ts,
 * persistMedia), whose accent cleaning knows only precomposed letters: each
 * combining mark of a name in decomposed Vietnamese ("Hội nghị.jpg" typed on
 * macOS or with Unikey's "Unicode tổ hợp") becomes "-" ("ho-i-nghi-.jpg").
 * So the file is renamed before the media library reads it: the editor's
 * pick (the file input's change event) is caught on its way down to Decap's
 * handler and handed on as a copy named by slugFileName (src/lib/slug.ts),
 * which Decap's sanitizeSlug then leaves as it is.
 *
 * A name the media folder already holds: persistMedia asks, in English and
 * synchronously inside the same event, whether to replace that file (and
 * with it the picture on every page that shows it). That question is
 * answered "no" here, which makes Decap upload nothing, and the file is
 * handed on again as "-2", "-3"…, until Decap's own list of the folder's
 * files (loaded with the entry) has no such name.
 */
import { slugFileName } from '../../src/lib/slug.ts';

/** The text of persistMedia's question (decap-cms-core 3, actions/mediaLibrary.ts). */
const REPLACE_QUESTION = / already exists\. Do you want to replace it\?$/;

/** Change events this module dispatched itself, which go on to Decap untouched. */
const handedOn = new WeakSet<Event>();

/** Hands `original` to Decap through `input` under the first name not `taken`; tries the next name if Decap finds it taken. */
function handOn(view: Window, input: HTMLInputElement, original: File, taken: readonly string[]): void {
  const name = slugFileName(original.name, taken);
  const files = new DataTransfer();
  files.items.add(new File([original], name, { type: original.type, lastModified: original.lastModified }));
  input.files = files.files;
  let clash = false;
  const confirm = view.confirm;
  view.confirm = (message?: string) => (REPLACE_QUESTION.test(message ?? '') ? ((clash = true), false) : confirm.call(view, message));
  const event = new Event('change', { bubbles: true });
  handedOn.add(event);
  try {
    input.dispatchEvent(event);
  } finally {
    view.confirm = confirm;
  }
  // Decap empties the input once its handler has finished (after its await): the next name goes in after that.
  if (clash) view.setTimeout(() => handOn(view, input, original, [...taken, name]), 0);
}

/** Renames the file an editor picks in the CMS before Decap's media library sees it. */
export function renameUploads(view: Window): void {
  view.document.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (handedOn.has(event) || !(input instanceof HTMLInputElement) || input.type !== 'file') return;
      // Decap's media library uploads the first file picked.
      const original = input.files?.[0];
      if (!original) return;
      event.stopImmediatePropagation();
      handOn(view, input, original, []);
    },
    { capture: true },
  );
}
