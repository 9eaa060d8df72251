import { vi } from "vitest";

/**
 * Rate limits count in fixed windows (src/worker/rate-limit.ts): requests that straddle a window's end
 * count in two windows, and the one that should be refused gets through. A test that counts up to a
 * limit stops the clock in the middle of a window with this: vitest's fake Date, which the Worker shares
 * (same isolate). Undo with vi.useRealTimers() after the test.
 */
export function holdClockMidWindow(windowMs: number): void {
  const now = Date.now();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(now - (now % windowMs) + windowMs / 2);
}
