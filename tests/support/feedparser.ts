/**
 * Feeds read by a parser we did not write: Debian's python3-feedparser (.ci/run
 * installs it), the parser most aggregators' Python tooling uses. One Python
 * run parses many files and hands back what it understood as JSON.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's interpreter, where python3-feedparser lives (a pyenv python3 earlier on PATH would not have it). */
const PYTHON = process.env.FEEDPARSER_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

const SCRIPT = String.raw`
import json, sys, feedparser
out = []
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    out.append({
        "path": path,
        "bozo": bool(d.bozo),
        "bozo_exception": str(d.get("bozo_exception", "")),
        "version": d.version,
        "feed": {"title": d.feed.get("title"), "link": d.feed.get("link"), "links": d.feed.get("links", []), "updated": d.feed.get("updated"), "language": d.feed.get("language")},
        "entries": [{
            "id": e.get("id"), "title": e.get("title"), "link": e.get("link"), "summary": e.get("summary"),
            "content": [c.get("value") for c in e.get("content", [])],
            "published": e.get("published"), "updated": e.get("updated"), "author": e.get("author"),
            "tags": [t.get("term") for t in e.get("tags", [])],
            "enclosures": [{"href": x.get("href"), "length": x.get("length"), "type": x.get("type")} for x in e.get("enclosures", [])],
            "media_content": e.get("media_content", []),
            "media_credit": [c.get("content") for c in e.get("media_credit", [])],
        } for e in d.entries],
    })
print(json.dumps(out, ensure_ascii=False))
`;

export interface ParsedEntry {
  id: string | null;
  title: string | null;
  link: string | null;
  summary: string | null;
  content: string[];
  published: string | null;
  updated: string | null;
  author: string | null;
  tags: string[];
  enclosures: { href: string; length: string; type: string }[];
  media_content: Record<string, string>[];
  media_credit: string[];
}

export interface ParsedFeed {
  path: string;
  bozo: boolean;
  bozo_exception: string;
  version: string;
  feed: { title: string | null; link: string | null; links: { rel: string; href: string; type?: string }[]; updated: string | null; language: string | null };
  entries: ParsedEntry[];
}

export function parseFeeds(paths: readonly string[]): ParsedFeed[] {
  return JSON.parse(execFileSync(PYTHON, ['-c', SCRIPT, ...paths], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as ParsedFeed[];
}

const WELL_FORMED = String.raw`
import json, sys
import xml.etree.ElementTree as ET
out = {}
for path in sys.argv[1:]:
    try:
        ET.parse(path)
    except ET.ParseError as error:
        out[path] = str(error)
print(json.dumps(out, ensure_ascii=False))
`;

/** XML files Python's strict parser (expat) refuses, with its reason; empty when every file is well-formed. */
export function xmlProblems(paths: readonly string[]): Record<string, string> {
  return JSON.parse(execFileSync(PYTHON, ['-c', WELL_FORMED, ...paths], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Record<string, string>;
}
