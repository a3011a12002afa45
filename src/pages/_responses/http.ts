/**
 * The HTTP responses of our endpoints, with their media types named once.
 * Astro leaves folders starting with "_" out of routing: src/pages/_responses/
 * holds what the route files share (this file, feeds.ts, api.ts), so that each
 * route stays a line or two.
 */

/** Text of any kind, always declared UTF-8 (Vietnamese). */
export function textResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

/** JSON pretty-printed with a final newline, as people read it in a browser too. */
export function jsonResponse(body: unknown, type = 'application/json'): Response {
  return textResponse(`${JSON.stringify(body, null, 2)}\n`, type);
}

/** An iCalendar file: the media type of RFC 5545 §8.1. */
export const calendarResponse = (body: string): Response => textResponse(body, 'text/calendar');

/** CSV (RFC 4180 §3 registers text/csv). */
export const csvResponse = (body: string): Response => textResponse(body, 'text/csv');

/** A picture or other binary file. */
export function binaryResponse(bytes: Uint8Array<ArrayBuffer>, type: string): Response {
  return new Response(bytes, { headers: { 'Content-Type': type } });
}
