import { describe, expect, it } from "vitest";
import { clientBucket, clientOf } from "~/utils/throttle.server";

describe("clientBucket", () => {
  it("counts an IPv4 address as itself", () => {
    expect(clientBucket("203.0.113.9")).toBe("203.0.113.9");
  });

  it("counts an IPv4-mapped IPv6 address as the IPv4 address", () => {
    expect(clientBucket("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(clientBucket("::FFFF:203.0.113.9")).toBe("203.0.113.9");
  });

  it("counts a whole IPv6 /64 as one client, however it is written", () => {
    const bucket = clientBucket("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
    expect(bucket).toBe("2001:db8:1:2::/64");
    expect(clientBucket("2001:db8:1:2::1")).toBe(bucket);
    expect(clientBucket("2001:0DB8:0001:0002:0:0:0:ffff")).toBe(bucket);
    expect(clientBucket("2001:db8:1:3::1")).not.toBe(bucket);
  });

  it("expands :: wherever it stands", () => {
    expect(clientBucket("::1")).toBe("0:0:0:0::/64");
    expect(clientBucket("2001:db8::")).toBe("2001:db8:0:0::/64");
    expect(clientBucket("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });
});

describe("clientOf", () => {
  it("takes the address the server put into the context", () => {
    expect(clientOf({ clientAddress: "2001:db8:1:2::7" })).toBe("2001:db8:1:2::/64");
  });

  it("counts a call without one (a script, a test) as one shared client", () => {
    expect(clientOf({})).toBe("unknown");
    expect(clientOf(undefined)).toBe("unknown");
  });
});
