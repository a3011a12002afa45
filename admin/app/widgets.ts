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
import { isBlank } from './blank.ts';
import { joinLocalDateTime, localDateTimeText, splitLocalDateTime } from './local-date.ts';

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
  return h('p', null, localDateTimeText(value));
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
        if (!isBlank(this.props.value, { lists: 'blank-when-empty' })) validateMembers();
      };
    }
  }
  cms.registerWidget('optional-object', OptionalObjectControl as unknown as ComponentType<CmsWidgetControlProps>, object.preview);
}
