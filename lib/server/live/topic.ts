import { getLiveBus, type LiveBus } from "./bus";

export type TopicOptions<T> = {
  /** Watchers with the same key share one topic (one subscription, one reload) in this process. */
  key: string;
  /** Bus channels whose signals make the topic reload. */
  channels: readonly string[];
  /** Reads what the watchers show, from the database. Must return JSON-serialisable data. */
  load: () => Promise<T>;
  /** At most one reload per this many ms, however many signals arrive (a burst of votes). */
  throttleMs?: number;
  /** Without a signalling bus (SQLite without Redis): reload this often instead. */
  pollMs?: number;
  /** With a signalling bus: reload this often anyway, in case a signal was lost in a reconnect. */
  safetyMs?: number;
};

/** Receives the serialised snapshot each time it changes (and once on joining). */
export type TopicListener = (snapshot: string) => void;

export const DEFAULT_THROTTLE_MS = 100;
export const DEFAULT_POLL_MS = 300;
export const DEFAULT_SAFETY_MS = 5000;

/**
 * One shared view of some data in this process. Signals from the bus (or a timer) trigger a reload,
 * throttled so that a burst of 500 votes costs a handful of queries, not 500 per connected screen;
 * watchers only hear about it when the serialised snapshot actually changed.
 */
class Topic<T> {
  readonly listeners = new Set<TopicListener>();
  /** Watchers counted from the moment they ask, so that a topic is not torn down under a newcomer. */
  refs = 0;
  last: string | null = null;
  readonly ready: Promise<void>;
  private loading = false;
  private pending = false;
  private lastLoadAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private interval: ReturnType<typeof setInterval> | undefined;
  private readonly unsubscribes: Array<() => void> = [];
  private stopped = false;

  constructor(
    private readonly options: TopicOptions<T>,
    private readonly bus: LiveBus,
  ) {
    this.ready = this.start();
  }

  private async start(): Promise<void> {
    const every = this.bus.mode === "poll" ? (this.options.pollMs ?? DEFAULT_POLL_MS) : (this.options.safetyMs ?? DEFAULT_SAFETY_MS);
    this.interval = setInterval(() => this.request(), every);
    this.interval.unref?.();
    const subscriptions = await Promise.allSettled(this.options.channels.map((channel) => this.bus.subscribe(channel, () => this.request())));
    for (const result of subscriptions) {
      if (result.status === "fulfilled") this.unsubscribes.push(result.value);
      else console.error("[live] subscribe failed; relying on the safety reload", result.reason);
    }
    if (this.stopped) this.unsubscribes.splice(0).forEach((unsubscribe) => unsubscribe());
    await this.refresh();
  }

  /** Asks for a reload: now if none ran within the throttle interval, else at the end of it. */
  request(): void {
    if (this.stopped) return;
    if (this.loading) {
      this.pending = true;
      return;
    }
    if (this.timer) return;
    const wait = Math.max(0, this.lastLoadAt + (this.options.throttleMs ?? DEFAULT_THROTTLE_MS) - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, wait);
  }

  private async refresh(): Promise<void> {
    if (this.loading) {
      this.pending = true;
      return;
    }
    this.loading = true;
    this.lastLoadAt = Date.now();
    try {
      const snapshot = JSON.stringify(await this.options.load());
      if (snapshot !== this.last) {
        this.last = snapshot;
        for (const listener of this.listeners) listener(snapshot);
      }
    } catch (error) {
      console.error(`[live] reloading ${this.options.key} failed`, error);
    } finally {
      this.loading = false;
      // A signal that came in during the load may not be in what was read: read once more.
      if (this.pending) {
        this.pending = false;
        this.request();
      }
    }
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.interval);
    clearTimeout(this.timer);
    this.unsubscribes.splice(0).forEach((unsubscribe) => unsubscribe());
  }
}

const registry = ((globalThis as typeof globalThis & { __overensTopics?: Map<string, Topic<unknown>> }).__overensTopics ??= new Map());

/**
 * Watches a topic: the listener gets the current snapshot at once and every changed one after it.
 * Resolves to a function that stops watching; the topic itself ends with its last watcher.
 */
export async function watchTopic<T>(options: TopicOptions<T>, listener: TopicListener, bus: LiveBus = getLiveBus()): Promise<() => void> {
  let topic = registry.get(options.key) as Topic<T> | undefined;
  if (!topic) {
    topic = new Topic(options, bus);
    registry.set(options.key, topic as Topic<unknown>);
  }
  const current = topic;
  current.refs += 1;
  let watching = true;
  const unwatch = () => {
    if (!watching) return;
    watching = false;
    current.listeners.delete(listener);
    current.refs -= 1;
    if (current.refs === 0) {
      current.stop();
      if (registry.get(options.key) === current) registry.delete(options.key);
    }
  };
  try {
    await current.ready;
  } catch (error) {
    unwatch();
    throw error;
  }
  if (!watching) return unwatch;
  current.listeners.add(listener);
  if (current.last !== null) listener(current.last);
  return unwatch;
}

/** How many topics this process keeps open (for tests). */
export function openTopicCount(): number {
  return registry.size;
}
