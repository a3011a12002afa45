/**
 * The "plan-task" widget: one picker for a reference to a plan task
 * ({ plan, task }), or with `multiple: true` for a list of them, replacing Decap's two relation pickers, which searched
 * with a letter-fuzzy match ("chợ" ranked II.4.b first), answered "No
 * options" in English to words typed without marks, and showed a chosen task
 * as a bare code. Tasks come from the plans the CMS can read (Decap's query,
 * as the relation widget uses: the same in production with a git backend);
 * src/lib/plan/task-picker.ts ranks them. react-select is the combobox Decap's
 * own relation widget uses (keyboard and screen-reader support included).
 */
import { createElement as h, useEffect, useState, type ComponentType } from 'react';
import Select, { type MultiValue, type SingleValue } from 'react-select';
import { List as ImmutableList, Map as ImmutableMap } from 'immutable';
import type { CMS, CmsWidgetControlProps, CmsWidgetPreviewProps } from 'decap-cms-core';
import { rankTasks, taskLabel, type PickableTask } from '../../src/lib/plan/task-picker.ts';

interface PlanHit {
  slug: string;
  data: { shortTitle?: string; tasks?: { code?: string; title?: string }[] };
}

type Query = (forID: string, collection: string, searchFields: string[], term: string) => Promise<{ payload: { hits: PlanHit[] } }>;

type ControlProps = CmsWidgetControlProps & {
  query: Query;
  field: { get(key: string): unknown };
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  value?: { toJS?: () => unknown } | undefined;
};

/** Every task of every plan, in appendix order, plans in the order the CMS lists them. */
export function pickableTasks(hits: readonly PlanHit[]): PickableTask[] {
  return hits.flatMap((hit) =>
    (hit.data.tasks ?? []).map((task) => ({ plan: hit.slug, planTitle: hit.data.shortTitle ?? hit.slug, code: String(task.code ?? ''), title: String(task.title ?? '') })),
  );
}

interface Reference {
  plan?: string;
  task?: string;
}

/** The stored reference(s): an Immutable Map or List of Maps as Decap holds them, or plain values. */
function references(value: ControlProps['value']): Reference[] {
  const plain = value && typeof value.toJS === 'function' ? value.toJS() : value;
  const items = Array.isArray(plain) ? plain : plain ? [plain] : [];
  return items.filter((item): item is Reference => typeof item === 'object' && item !== null && Boolean((item as Reference).task));
}

const toValue = (task: PickableTask) => ImmutableMap({ plan: task.plan, task: task.code });

function PlanTaskControl(props: ControlProps) {
  const [tasks, setTasks] = useState<PickableTask[] | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [input, setInput] = useState('');
  const multiple = props.field.get('multiple') === true;
  useEffect(() => {
    let live = true;
    props.query(props.forID, 'plans', ['shortTitle'], '').then(
      (result) => live && setTasks(pickableTasks(result.payload.hits ?? [])),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  // A reference to a task the plans no longer hold still shows (by its code), so the editor sees and can remove it.
  const chosen = references(props.value).map(
    ({ plan = '', task = '' }) => tasks?.find((item) => item.plan === plan && item.code === task) ?? { plan, planTitle: plan, code: task, title: '' },
  );
  return h(Select<PickableTask, boolean>, {
    inputId: props.forID,
    className: props.classNameWrapper,
    classNamePrefix: 'plan-task',
    isMulti: multiple,
    options: tasks ? rankTasks(tasks, input) : [],
    filterOption: null,
    inputValue: input,
    onInputChange: (text: string, meta: { action: string }) => {
      if (meta.action === 'input-change') setInput(text);
      else if (meta.action === 'menu-close') setInput('');
    },
    value: multiple ? chosen : chosen[0] ?? null,
    getOptionLabel: (item: PickableTask) => (item.title ? taskLabel(item) : `${item.code} (${item.planTitle})`),
    getOptionValue: (item: PickableTask) => `${item.plan}/${item.code}`,
    onChange: (picked: MultiValue<PickableTask> | SingleValue<PickableTask>) => {
      if (multiple) props.onChange(ImmutableList((picked as MultiValue<PickableTask>).map(toValue)));
      else if (picked) props.onChange(toValue(picked as PickableTask));
    },
    isClearable: false,
    closeMenuOnSelect: !multiple,
    isLoading: !tasks && !failed,
    placeholder: 'Gõ mã (ví dụ II.3.c) hoặc vài chữ trong tên nhiệm vụ…',
    loadingMessage: () => 'Đang tải danh sách nhiệm vụ…',
    noOptionsMessage: () =>
      failed ? 'Không tải được danh sách nhiệm vụ. Tải lại trang rồi thử lại.' : 'Không có nhiệm vụ nào khớp. Thử gõ mã (ví dụ II.3.c) hoặc vài chữ khác trong tên nhiệm vụ.',
    screenReaderStatus: ({ count }: { count: number }) => `${count} nhiệm vụ khớp`,
    ariaLiveMessages: {
      onChange: ({ action, label }: { action: string; label: string }) => (action === 'select-option' ? `Đã chọn ${label}` : `Đã bỏ ${label}`),
      onFocus: ({ label }: { label: string }) => label,
      onFilter: ({ resultsMessage }: { resultsMessage: string }) => resultsMessage,
      guidance: () => 'Dùng phím mũi tên lên xuống để chọn nhiệm vụ, Enter để chọn.',
    },
    onFocus: props.setActiveStyle,
    onBlur: props.setInactiveStyle,
    styles: { menu: (base: object) => ({ ...base, zIndex: 3 }) },
  });
}

function PlanTaskPreview({ value }: { value?: ControlProps['value'] }) {
  return h('p', null, references(value).map(({ plan, task }) => `${task}${plan ? ` (kế hoạch ${plan})` : ''}`).join('; '));
}

export function registerTaskPicker(cms: CMS): void {
  cms.registerWidget('plan-task', PlanTaskControl as unknown as ComponentType<CmsWidgetControlProps>, PlanTaskPreview as unknown as ComponentType<CmsWidgetPreviewProps>);
}
