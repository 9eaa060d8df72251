import { expect, it } from "vitest";
import { toCsv } from "../../../src/worker/classroom/csv";

it("writes German Excel CSV: BOM, semicolons, CRLF, decimal commas, quoted fields, no formulas", () => {
  const csv = toCsv(
    ["Name", "Punkte"],
    [
      ['Jörg; "der Große"', 2.5],
      ['=HYPERLINK("x")', 1],
      ["Zeile\nzwei", 0],
    ],
  );
  expect(csv).toBe('\uFEFFName;Punkte\r\n"Jörg; ""der Große""";2,5\r\n"\'=HYPERLINK(""x"")";1\r\n"Zeile\nzwei";0\r\n');
});
