import { describe, expect, it } from "vitest";
import { limitConcurrency } from "~/utils/one-at-a-time";

/** A task that ends when told to, noting how many tasks run beside it. */
function gate() {
  let open: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { done, open: () => open() };
}

describe("limitConcurrency", () => {
  it("runs at most `limit` tasks at once, the others in the order they came", async () => {
    const run = limitConcurrency(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const gates = Array.from({ length: 6 }, gate);
    const results = gates.map((g, i) =>
      run(async () => {
        running += 1;
        most = Math.max(most, running);
        started.push(i);
        await g.done;
        running -= 1;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    for (const g of gates) {
      g.open();
      await new Promise((r) => setImmediate(r));
    }
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it("frees the slot of a task that fails", async () => {
    const run = limitConcurrency(1);
    const failed = run(() => Promise.reject(new Error("no")));
    const next = run(async () => "ran");
    await expect(failed).rejects.toThrow("no");
    expect(await next).toBe("ran");
  });
});
