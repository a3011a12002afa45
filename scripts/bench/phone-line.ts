/**
 * A slow phone's downlink as the search benchmark models it
 * (openSearchPage in search.ts): one line of a fixed bandwidth, shared
 * equally by every response coming down it at the time (processor sharing,
 * as the TCP connections of one browser to one server roughly share a
 * bottleneck). A response alone gets the whole line; two at once, half each.
 * The round trip before a response starts is the caller's.
 */
export class PhoneLine {
  private readonly flows = new Set<{ left: number; done: () => void }>();
  private readonly bytesPerSecond: number;
  private updatedAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `bytesPerSecond`: the line's bandwidth (bytes, not bits). */
  constructor(bytesPerSecond: number) {
    if (!(bytesPerSecond > 0)) throw new Error(`phone line: ${bytesPerSecond} is not a bandwidth in bytes per second`);
    this.bytesPerSecond = bytesPerSecond;
  }

  /** Resolves once `bytes` have come down the line, sharing it with every transfer under way meanwhile. */
  transfer(bytes: number): Promise<void> {
    if (bytes <= 0) return Promise.resolve();
    this.deliver();
    return new Promise((done) => {
      this.flows.add({ left: bytes, done });
      this.plan();
    });
  }

  /** Counts what came down each flow since the last count: an equal share of the line each. */
  private deliver(): void {
    const now = performance.now();
    if (this.flows.size > 0) {
      const each = (((now - this.updatedAt) / 1000) * this.bytesPerSecond) / this.flows.size;
      for (const flow of this.flows) flow.left -= each;
    }
    this.updatedAt = now;
  }

  /** Wakes when the flow with the fewest bytes left would be through at the present share, ends the flows that are, and plans again. */
  private plan(): void {
    clearTimeout(this.timer);
    if (this.flows.size === 0) return;
    const fewest = Math.min(...[...this.flows].map((flow) => flow.left));
    const ms = Math.max(0, Math.ceil(((fewest * this.flows.size) / this.bytesPerSecond) * 1000));
    this.timer = setTimeout(() => {
      this.deliver();
      // Under a millisecond's worth of bytes left is through (the timer's resolution).
      const through = this.bytesPerSecond / 1000 / this.flows.size;
      for (const flow of this.flows) {
        if (flow.left > through) continue;
        this.flows.delete(flow);
        flow.done();
      }
      this.plan();
    }, ms);
  }
}
