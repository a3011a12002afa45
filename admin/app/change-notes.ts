/**
 * The "change-notes" widget of the "changes" field (Lịch sử thay đổi): lists
 * the notes already published and, when an editor edits an entry that is
 * already published (not new, not a draft when the editor opened it), asks
 * for a note on what changed or for the change to be marked minor. A minor
 * change records nothing (GOV.UK's rule: typo fixes are not news). Saving is
 * refused until one of the two is given.
 *
 * The pure parts (who must be asked, what the value becomes) are exported for
 * the unit tests; the React control only wires them to Decap.
 */
import { createElement as h, Component, type ChangeEvent } from 'react';
import type { CMS, CmsWidgetControlProps, CmsWidgetPreviewProps } from 'decap-cms-core';
import type { ComponentType } from 'react';
import { formatDate } from '../../src/lib/format/date.ts';
import { vietnamTimestamp } from '../../src/lib/dates.ts';

export interface StoredNote {
  date: string | Date;
  note: string;
}

/** Whether editing this entry needs a change note: it exists and was public when the editor opened it. */
export function asksForNote(entry: { newRecord: boolean; draft: unknown }): boolean {
  return !entry.newRecord && entry.draft !== true;
}

/** The field's value after this edit: the notes as they were, plus the new one unless it is blank or the change is minor. */
export function withChangeNote(previous: readonly StoredNote[], note: string, minor: boolean, now: Date): StoredNote[] {
  const text = note.trim();
  return minor || text === '' ? [...previous] : [...previous, { date: vietnamTimestamp(now), note: text }];
}

export const MISSING_NOTE = 'Nội dung này đã đăng: hãy ghi chú điều đã thay đổi, hoặc đánh dấu "Thay đổi nhỏ" nếu chỉ sửa lỗi chính tả, định dạng.';

interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS?: () => unknown;
}

type Props = CmsWidgetControlProps & { entry: ImmutableLike; value?: { toJS?: () => unknown } | StoredNote[] | null; forID: string; classNameWrapper: string };

const plain = (value: Props['value']): StoredNote[] => {
  const js = value && typeof value === 'object' && 'toJS' in value && typeof value.toJS === 'function' ? value.toJS() : value;
  return Array.isArray(js) ? (js as StoredNote[]) : [];
};

class ChangeNotesControl extends Component<Props, { note: string; minor: boolean }> {
  /** The notes as stored when the editor opened the entry, and the field's value then (absent in most files). */
  private readonly previous: StoredNote[];
  private readonly initial: Props['value'];
  private readonly asks: boolean;

  constructor(props: Props) {
    super(props);
    this.initial = props.value;
    this.previous = plain(props.value);
    this.asks = asksForNote({ newRecord: Boolean(props.entry.get('newRecord')), draft: props.entry.getIn(['data', 'draft']) });
    this.state = { note: '', minor: false };
  }

  isValid = () => (!this.asks || this.state.minor || this.state.note.trim() !== '' ? true : { error: { type: 'CUSTOM', message: MISSING_NOTE } });

  private update(note: string, minor: boolean) {
    this.setState({ note, minor });
    const next = withChangeNote(this.previous, note, minor, new Date());
    // Nothing recorded (a minor change, a blank note): give back the value as it was. A file
    // without the field gets null, which the preSave clean-up (clean.ts) drops as a blank
    // optional, so it gains no "changes: []" (nor "changes: null") line.
    this.props.onChange(next.length === this.previous.length ? (this.initial ?? null) : next);
  }

  override render() {
    const { forID, classNameWrapper } = this.props;
    const shown = [...this.previous].reverse();
    return h(
      'div',
      { className: classNameWrapper, id: forID, tabIndex: -1, style: { padding: '0.75rem' } },
      shown.length === 0
        ? h('p', null, 'Chưa có ghi chú thay đổi nào.')
        : h('ul', null, ...shown.map((change, i) => h('li', { key: i }, `${formatDate(new Date(change.date))}: ${change.note}`))),
      this.asks
        ? h(
            'div',
            null,
            h('label', { htmlFor: `${forID}-note`, style: { display: 'block', fontWeight: 600, marginTop: '0.5rem' } }, 'Ghi chú thay đổi lần này'),
            h('textarea', {
              id: `${forID}-note`,
              rows: 2,
              value: this.state.note,
              disabled: this.state.minor,
              style: { width: '100%', font: 'inherit', padding: '0.4rem' },
              onChange: (event: ChangeEvent<HTMLTextAreaElement>) => this.update(event.target.value, this.state.minor),
            }),
            h(
              'label',
              { style: { display: 'block', marginTop: '0.5rem' } },
              h('input', {
                type: 'checkbox',
                checked: this.state.minor,
                onChange: (event: ChangeEvent<HTMLInputElement>) => this.update(this.state.note, event.target.checked),
              }),
              ' Thay đổi nhỏ (sửa lỗi chính tả, định dạng): không ghi vào lịch sử',
            ),
          )
        : h('p', null, 'Ghi chú thay đổi chỉ cần khi sửa nội dung đã đăng.'),
    );
  }
}

function ChangeNotesPreview({ value }: { value?: Props['value'] }) {
  const notes = plain(value ?? null);
  return notes.length === 0 ? null : h('ul', null, ...notes.map((change, i) => h('li', { key: i }, `${formatDate(new Date(change.date))}: ${change.note}`)));
}

export function registerChangeNotes(cms: CMS): void {
  cms.registerWidget(
    'change-notes',
    ChangeNotesControl as unknown as ComponentType<CmsWidgetControlProps>,
    ChangeNotesPreview as unknown as ComponentType<CmsWidgetPreviewProps>,
  );
}
