/**
 * Every rule the build enforces, enforced before a save (site-check.ts runs
 * validateSite): each top-level field's widget is wrapped so that Decap's own
 * validation asks it, and a problem shows at its field in Vietnamese; Decap
 * then refuses the save and writes nothing.
 *
 * The rest of the content comes from the content index, /admin/noi-dung.json
 * (src/pages/admin/noi-dung.json.ts): under `npm run dev` it is read from
 * content/ when /admin/ opens; in production it is the content the published
 * site was built from. Whatever this editor saves is put into it at once, so
 * later saves in the same session see it. Decap's validation is synchronous
 * (an asynchronous check would refuse every first save as "processing"), so
 * the index is fetched when the CMS starts, not at the save.
 */
import { Component, createElement as h, type ComponentType } from 'react';
import type { CMS, CmsCollection, CmsConfig, CmsWidgetControlProps } from 'decap-cms-core';
import type { SiteEntries } from '../../src/lib/validation/site.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';
import { dataToSave, fieldsOf, getsNewUid, type ImmutableLike } from './hooks.ts';
import { messagesByField, saveProblems, withEntry, type SavedEntry } from './site-check.ts';

export const CONTENT_INDEX_URL = '/admin/noi-dung.json';
/** A valid uid standing in for the one a new entry gets when it is saved. */
const NEW_UID = '00000000-0000-4000-8000-000000000000';

let index: SiteEntries | undefined;
let indexError: string | undefined;

export async function loadContentIndex(url = CONTENT_INDEX_URL): Promise<void> {
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    index = (await response.json()) as SiteEntries;
  } catch (error) {
    indexError = String(error);
  }
}

/** The entry as the save will write it, named as the index names it. */
function savedEntry(collection: CmsCollection, entry: ImmutableLike, known: SiteEntries): SavedEntry {
  let data = dataToSave(collection, entry, new Date());
  if (getsNewUid(collection, entry)) data = { ...data, uid: NEW_UID };
  const name = collection.name as CollectionName;
  const path = String(entry.get('path') ?? '');
  const id = path ? path.replace(/^.*\//, '').replace(/\.[^.]+$/, '') : `(mới)-${String(entry.get('slug') ?? '')}`;
  const file = (known[name] ?? []).find((item) => item.id === id)?.file ?? (path || `${collection.folder ?? ''}/${id}`);
  return { collection: name, id, file, data };
}

/** The props Decap's Widget gives every control that this wrapper reads (the rest is passed through). */
interface WidgetProps {
  entry: ImmutableLike;
  collection: ImmutableLike;
  field: ImmutableLike;
  forID: string;
  parentIds?: string[];
  /** The field's own validation (Decap's Widget.validate). */
  validate: () => void;
}

let last: { data: unknown; byField: Map<string, string[]> } | undefined;

/** Messages for one top-level field of the entry being edited, computed once per version of the entry. */
function messagesFor(config: CmsConfig, props: WidgetProps): string[] {
  const data = props.entry.get('data');
  if (last?.data !== data) {
    const collection = config.collections.find((item) => item.name === props.collection.get('name'));
    if (!collection) return [];
    if (!index) return [indexError ? `Không tải được nội dung để kiểm tra (${indexError}): hãy tải lại trang rồi lưu lại.` : 'Đang tải nội dung để kiểm tra: hãy bấm lưu lại sau giây lát.'];
    const saved = savedEntry(collection, props.entry, index);
    last = { data, byField: messagesByField(saveProblems(index, saved), saved.file, fieldsOf(collection)) };
  }
  return last?.byField.get(String(props.field.get('name'))) ?? [];
}

type Validity = boolean | { error: unknown } | Promise<unknown>;
interface Inner {
  validate?: () => void;
  isValid?: () => Validity;
  getValidateValue?: () => unknown;
  focus?: (path?: string) => void;
}

/** A widget control that also answers Decap's validation with the site's rules, at top-level fields. */
function withSiteCheck(config: CmsConfig, Control: ComponentType<CmsWidgetControlProps>): ComponentType<CmsWidgetControlProps> {
  return class SiteChecked extends Component<WidgetProps> {
    inner: Inner | null = null;

    isValid = (): Validity => {
      const own = this.inner?.isValid ? this.inner.isValid() : true;
      if ((this.props.parentIds ?? []).length > 0) return own;
      if (own === false || own instanceof Promise || (typeof own === 'object' && own.error)) return own;
      const messages = messagesFor(config, this.props);
      return messages.length > 0 ? { error: { type: 'CUSTOM', message: messages.join('\n') } } : own;
    };

    /**
     * Decap validates a list or an object by calling its control's own validate
     * (its members) instead of the field's: both run here, so that the members
     * are checked and the field itself is asked isValid.
     */
    validate = () => {
      const top = (this.props.parentIds ?? []).length === 0;
      if (this.inner?.validate) this.inner.validate();
      if (top || !this.inner?.validate) this.props.validate();
    };

    getValidateValue = () => this.inner?.getValidateValue?.();

    focus = (path?: string) => {
      if (this.inner?.focus) this.inner.focus(path);
      else document.getElementById(this.props.forID)?.focus();
    };

    override render() {
      return h(Control, { ...this.props, ref: (inner: Inner | null) => (this.inner = inner) } as unknown as CmsWidgetControlProps);
    }
  } as unknown as ComponentType<CmsWidgetControlProps>;
}

/** Wraps every widget the collections use at the top level, and keeps the index current after each save. */
export function registerSiteCheck(cms: CMS, config: CmsConfig): void {
  const widgets = new Set(config.collections.flatMap((collection) => fieldsOf(collection).map((field) => field.widget ?? 'string')));
  for (const name of widgets) {
    const widget = cms.getWidget(name) as unknown as { control: ComponentType<CmsWidgetControlProps>; preview: never; schema?: object } | undefined;
    // Decap's registerWidget takes the widget's option schema as a fourth argument, which its typings leave out.
    if (widget) (cms.registerWidget as (...args: unknown[]) => void)(name, withSiteCheck(config, widget.control), widget.preview, widget.schema);
  }
  cms.registerEventListener({
    name: 'postSave',
    handler: ({ entry }: { entry: ImmutableLike }) => {
      const collection = config.collections.find((item) => item.name === entry.get('collection'));
      if (!index || !collection) return;
      const path = String(entry.get('path') ?? '');
      const id = path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
      const name = collection.name as CollectionName;
      const file = (index[name] ?? []).find((item) => item.id === id)?.file ?? path;
      index = withEntry(index, { collection: name, id, file, data: (entry.get('data') as ImmutableLike).toJS() });
      last = undefined;
    },
  });
}
