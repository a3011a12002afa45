/**
 * WebSub publishing: after a deploy, the publisher tells its hub which topics
 * (feed URLs) changed. WebSub (W3C Recommendation, §5 leaves the publisher's
 * notification to the hub) is in practice PubSubHubbub's form-encoded
 * POST hub.mode=publish&hub.url=<topic>, which Google's and WebSub.rocks'
 * hubs accept; one request per topic, as not every hub takes several.
 */

export interface WebsubPing {
  hub: string;
  topic: string;
  /** application/x-www-form-urlencoded body. */
  body: string;
}

/** Every feed in a build (RSS and JSON Feed, by file name) as a topic to announce. */
export function websubPings(hub: string, site: string, files: readonly string[]): WebsubPing[] {
  return files
    .filter((file) => /(^|\/)(rss\.xml|feed\.json)$/.test(file))
    .sort()
    .map((file) => {
      const topic = new URL(file, site.endsWith('/') ? site : `${site}/`).href;
      return { hub, topic, body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topic }).toString() };
    });
}
