/**
 * Our two widgets:
 * - "local-datetime": a day and an optional time of day in Vietnam, stored as
 *   "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" (src/schemas/event.ts). Decap's
 *   datetime widget stores one fixed format, but an all-day event must have
 *   no time and a timed one must have one.
 * - "optional-object": Decap's object widget, except that an optional object
 *   left empty (no cover image) is not validated; once one member is filled in,
 *   the members the schema requires are (decaporg/decap-cms#7748).
 */
import { createElement as h, type ChangeEvent, type ComponentType } from 'react';
import type { CMS, CmsWidgetControlProps, CmsWidgetPreviewProps } from 'decap-cms-core';

/** "2025-05-20T08:00" → { date: "2025-05-20", time: "08:00" }; a space works as the separator too. */
export function splitLocalDateTime(value: unknown): { date: string; time: string } {
  const text = typeof value === 'string' ? value.trim().replace(' ', 'T') : '';
  const [date = '', time = ''] = text.split('T');
  return { date, time: time.slice(0, 5) };
}

export function joinLocalDateTime(date: string, time: string): string {
  if (!date) return '';
  return time ? `${date}T${time}` : date;
}

type ControlProps = CmsWidgetControlProps & { setActiveStyle: () => void; setInactiveStyle: () => void; value?: unknown };

function LocalDateTimeControl(props: ControlProps) {
  const { date, time } = splitLocalDateTime(props.value);
  const common = { onFocus: props.setActiveStyle, onBlur: props.setInactiveStyle, style: { font: 'inherit', padding: '0.4rem', marginRight: '0.75rem' } };
  return h(
    'div',
    { className: props.classNameWrapper },
    h('input', {
      ...common,
      id: props.forID,
      type: 'date',
      value: date,
      onChange: (event: ChangeEvent<HTMLInputElement>) => props.onChange(joinLocalDateTime(event.target.value, time)),
    }),
    h('input', {
      ...common,
      type: 'time',
      'aria-label': 'Giờ (để trống nếu cả ngày)',
      value: time,
      disabled: !date,
      onChange: (event: ChangeEvent<HTMLInputElement>) => props.onChange(joinLocalDateTime(date, event.target.value)),
    }),
  );
}

function LocalDateTimePreview({ value }: { value?: unknown }) {
  const { date, time } = splitLocalDateTime(value);
  const [year, month, day] = date.split('-');
  return h('p', null, date ? `${day}/${month}/${year}${time ? ` ${time}` : ''}` : '');
}

function isBlank(value: unknown): boolean {
  const plain = value && typeof value === 'object' && 'toJS' in value ? (value as { toJS(): unknown }).toJS() : value;
  if (plain === '' || plain === null || plain === undefined) return true;
  if (typeof plain === 'object') return Object.values(plain as object).every(isBlank);
  return false;
}

export function registerWidgets(cms: CMS): void {
  cms.registerWidget(
    'local-datetime',
    LocalDateTimeControl as unknown as ComponentType<CmsWidgetControlProps>,
    LocalDateTimePreview as unknown as ComponentType<CmsWidgetPreviewProps>,
  );
  const object = cms.getWidget('object') as unknown as {
    control: new (props: ControlProps) => { validate: () => void; props: ControlProps };
    preview: ComponentType<CmsWidgetPreviewProps>;
  };
  class OptionalObjectControl extends object.control {
    constructor(props: ControlProps) {
      super(props);
      const validateMembers = this.validate;
      this.validate = () => {
        if (!isBlank(this.props.value)) validateMembers();
      };
    }
  }
  cms.registerWidget('optional-object', OptionalObjectControl as unknown as ComponentType<CmsWidgetControlProps>, object.preview);
}
