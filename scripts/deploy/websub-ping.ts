/**
 * node scripts/deploy/websub-ping.ts BUILD: after a deploy, tells the WebSub
 * hub the feeds advertise (WEBSUB_HUB, rel="hub") that every feed of the
 * build may have changed, so subscribers (Báo Bắc Giang's desk, readers) get
 * the news without polling. Does nothing when no hub is configured.
 */
import { listFiles } from '../../tests/support/dist.ts';
import { websubPings } from '../../src/lib/deploy/websub.ts';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: websub-ping.ts BUILD (the folder that was deployed)');
const hub = process.env.WEBSUB_HUB;
if (!hub) {
  console.log('WEBSUB_HUB is not set: no hub to notify.');
} else {
  const site = process.env.SITE_URL;
  if (!site) throw new Error('SITE_URL is not set: the hub must be told the feeds\' public addresses');
  const failed: string[] = [];
  for (const ping of websubPings(hub, site, listFiles(dir))) {
    const response = await fetch(ping.hub, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: ping.body });
    if (!response.ok) failed.push(`${ping.topic}: ${response.status}`);
  }
  if (failed.length > 0) throw new Error(`The hub ${hub} refused: ${failed.join('; ')}`);
  console.log(`Notified ${hub}.`);
}
