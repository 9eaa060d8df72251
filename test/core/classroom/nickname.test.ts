import { describe, expect, it } from "vitest";
import { cleanNickname, isOffensive, nicknameKey } from "../../../src/worker/classroom/nickname";

describe("offensive nicknames", () => {
  it.each(["Arschloch", "arsch loch", "4rschl0ch", "Oberwichser", "Arschgesicht", "Hurensohn99", "SCHEISSE", "Scheiße", "fuckface", "Fotze"])(
    "rejects %s",
    (nickname) => expect(isOffensive(nickname)).toBe(true),
  );

  it.each(["Lena", "Marschall", "Fischer", "Tom_07", "Kai-Uwe", "Ümit", "Barsch", "Nische"])("allows %s", (nickname) =>
    expect(isOffensive(nickname)).toBe(false),
  );
});

it("folds case and spacing for uniqueness", () => {
  expect(nicknameKey(cleanNickname("  Lena   B "))).toBe(nicknameKey("lena b"));
  expect(cleanNickname("  Lena   B ")).toBe("Lena B");
});
