import { describe, expect, it } from "vitest";
import { clientNetwork } from "../../../src/worker/rate-limit";

describe("the network a client is limited as", () => {
  it.each([
    ["192.0.2.7", "192.0.2.7"],
    ["2001:db8:16:1::1", "2001:db8:16:1::/64"],
    ["2001:0db8:0016:0001:ffff:ffff:ffff:fffe", "2001:db8:16:1::/64"],
    ["2001:DB8:16:1:a:b:c:d", "2001:db8:16:1::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["::ffff:192.0.2.9", "192.0.2.9"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
  ])("%s is %s", (address, network) => expect(clientNetwork(address)).toBe(network));

  it("keeps two /64s apart", () => expect(clientNetwork("2001:db8:16:2::1")).not.toBe(clientNetwork("2001:db8:16:1::1")));
});
