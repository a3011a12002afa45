/**
 * Calendars read by a second parser we did not write: Debian's
 * python3-icalendar (.ci/run installs it), with recurrences expanded by
 * python-dateutil's rrule, the pair most Python tooling uses. One Python run
 * reads one file and hands back what it understood as JSON.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const SCRIPT = String.raw`
import json, sys, datetime
from icalendar import Calendar
from dateutil.rrule import rrulestr
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
until = int(sys.argv[2])
out = []
def text(c, name):
    v = c.get(name)
    return None if v is None else str(v)
for c in cal.walk('VEVENT'):
    start = c.decoded('DTSTART')
    occurrences = []
    if c.get('RRULE'):
        naive = start if isinstance(start, datetime.datetime) else datetime.datetime(start.year, start.month, start.day)
        rule = rrulestr(c['RRULE'].to_ical().decode(), dtstart=naive.replace(tzinfo=None))
        occurrences = [d.date().isoformat() for d in rule.between(naive.replace(tzinfo=None), datetime.datetime(until, 12, 31), inc=True)]
    out.append({
        "uid": text(c, 'UID'), "summary": text(c, 'SUMMARY'), "location": text(c, 'LOCATION'), "description": text(c, 'DESCRIPTION'),
        "categories": [str(x) for x in (c.get('CATEGORIES').cats if c.get('CATEGORIES') is not None and hasattr(c.get('CATEGORIES'), 'cats') else [])],
        "start": start.isoformat(), "occurrences": occurrences,
    })
print(json.dumps(out, ensure_ascii=False))
`;

export interface PythonEvent {
  uid: string;
  summary: string | null;
  location: string | null;
  description: string | null;
  /** DTSTART as Python reads it: "2024-02-29" or "2025-11-20T08:00:00+07:00". */
  start: string;
  /** Days a recurring event falls on, from its start to 31/12 of `until` (empty when it does not recur). */
  occurrences: string[];
}

export function readCalendarWithPython(path: string, until: number): PythonEvent[] {
  return JSON.parse(execFileSync(PYTHON, ['-c', SCRIPT, path, String(until)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as PythonEvent[];
}
