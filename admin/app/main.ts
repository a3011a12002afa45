/**
 * The admin application: Decap CMS from the decap-cms-app package, bundled by
 * our own build (no CDN), configured with the JSON the /admin page rendered
 * from admin/config.ts, in Vietnamese.
 */
import CMS from 'decap-cms-app';
import { fromJS } from 'immutable';
import type { CmsConfig } from 'decap-cms-core';
import { registerFormats } from './formats.ts';
import { registerHooks } from './hooks.ts';
import { watchListItemButtons } from './labels.ts';
import { registerVietnamese } from './locale.ts';
import { registerPreviews } from './preview.ts';
import { resolveToday } from './today.ts';
import { registerTaskPicker } from './task-picker.ts';
import { loadContentIndex, registerSiteCheck } from './validate.ts';
import { registerWidgets } from './widgets.ts';
import { registerChangeNotes } from './change-notes.ts';
import { renameUploads } from './upload-names.ts';

const config = resolveToday(JSON.parse(document.getElementById('cms-config')!.textContent!) as CmsConfig, new Date());

registerVietnamese(CMS);
registerFormats(CMS);
registerWidgets(CMS);
registerTaskPicker(CMS);
registerChangeNotes(CMS);
registerPreviews(CMS);
registerHooks(CMS, config, fromJS);
registerSiteCheck(CMS, config);
void loadContentIndex();
CMS.init({ config });
watchListItemButtons(document.body);
renameUploads(window);

// Under `npm run dev`, Vite reloads every open page when a content file
// changes, and a save is a content write: the CMS would reload under the
// editor, losing the form and offering a stale backup. Vite's client reloads
// only the page named when the payload names an .html page (vite/dist/client,
// "full-reload"), so the CMS renames it to a page that does not exist.
if (import.meta.hot) {
  import.meta.hot.on('vite:beforeFullReload', (payload: { path?: string }) => {
    payload.path = '/admin/(khong-tai-lai).html';
  });
}
