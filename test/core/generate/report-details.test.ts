/** Details of news reports that questions misread: a title after a genitive, a video link to a summit, "und damit" in a figure's sentence. */
import { describe, expect, it } from "vitest";
import { generateBank } from "../../../src/generate/index";

const questionsOf = (id: string, text: string) => generateBank([{ id, text }])[0]!.questions;

describe("a work's title in quotation marks after the genitive of its author", () => {
  it("stays with the phrase: no statement moves the fore-field between them", () => {
    const text = `Opernsommer in Bregenz endet mit Rekord

Die Festspiele zählten so viele Gäste wie nie.

Bregenz – Die Bregenzer Festspiele haben in diesem Sommer 230.000 Besucher gezählt. Als Höhepunkt der Saison galt die Aufführung von Verdis "Aida" unter der Leitung von Anna Berger. Intendantin Elisabeth Sobotka zeigte sich sehr zufrieden. Die Karten für das kommende Jahr sind bereits zur Hälfte verkauft.`;
    const statements = questionsOf("oper", text).flatMap((question) => (question.type === "truefalse" ? [question.statement] : []));
    expect(statements.some((statement) => statement.includes("Sobotka"))).toBe(true);
    expect(statements.filter((statement) => statement.includes("Verdis galt") || statement.includes('Saison "Aida"'))).toEqual([]);
  });
});

describe("a head of state connected to a summit by video", () => {
  it("is not asked as someone who took part at the summit's place", () => {
    const text = `EU-Gipfel beschließt Hilfspaket für Moldau

Die Staats- und Regierungschefs einigten sich in Brüssel auf 1,8 Milliarden Euro.

Brüssel – Die Staats- und Regierungschefs der EU haben sich bei einem Gipfeltreffen in Brüssel auf ein Hilfspaket für Moldau geeinigt. Ratspräsident António Costa sprach von einem wichtigen Signal. Bundeskanzler Friedrich Merz sagte, Europa lasse seine Nachbarn nicht allein. Moldaus Präsidentin Maia Sandu, die per Video zugeschaltet war, dankte den Regierungschefs für die Unterstützung.`;
    const onSandu = questionsOf("moldau", text).filter((question) => question.topic === "attendee" && JSON.stringify(question).includes("Sandu"));
    expect(onSandu).toEqual([]);
  });
});

describe("'und damit' after a figure in the same sentence", () => {
  it("points back to its own clause: the figure is asked", () => {
    const text = `Neues Tablet von Lenovo

Der Hersteller bringt ein günstiges Gerät für Schüler auf den Markt.

Peking – Lenovo hat am Dienstag ein neues Tablet für Schüler vorgestellt. Das Gerät soll in Europa 249 Euro kosten und damit deutlich billiger sein als die Konkurrenz. Es kommt im Mai in den Handel. Der Akku hält nach Angaben des Herstellers zwölf Stunden.`;
    const onPrice = questionsOf("tablet", text).filter((question) => question.topic === "quantity" && question.evidence.quote.includes("249 Euro"));
    expect(onPrice.length).toBeGreaterThan(0);
  });
});
