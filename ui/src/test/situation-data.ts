// Test data for the situation and key-issue tests: a slice of the core's country table, HRC38 rows.
import type { Country, CountryMatch, CountrySituation, KeyIssue } from "../lib/bindings";

/** Part of the 195 countries the core knows, by code. */
export const COUNTRIES: Country[] = [
  { code: "BDI", name: "Burundi" },
  { code: "BFA", name: "Burkina Faso" },
  { code: "BLR", name: "Belarus" },
  { code: "CIV", name: "Côte d'Ivoire" },
  { code: "COD", name: "Democratic Republic of the Congo" },
  { code: "COG", name: "Congo" },
  { code: "ERI", name: "Eritrea" },
  { code: "IRN", name: "Iran (Islamic Republic of)" },
  { code: "PSE", name: "State of Palestine" },
  { code: "SYR", name: "Syrian Arab Republic" },
];

/** What the core's `find_countries` answers (core/src/reference/country_search.rs pins it) for the text these tests
 * type, the countries of `COUNTRIES` and Türkiye only: codes best first, and whether the first is named exactly.
 * Anything else (a part of a word on the way) finds nothing. */
const FOUND: Record<string, [string[], boolean]> = {
  bur: [["BFA", "BDI"], false],
  Burundi: [["BDI"], true],
  BDI: [["BDI"], true],
  "Burkina Faso": [["BFA"], true],
  syr: [["SYR"], true],
  SYR: [["SYR"], true],
  "Syrian Arab Republic": [["SYR"], true],
  eri: [["ERI"], true],
  Eritrea: [["ERI"], true],
  "DR Congo": [["COD"], true],
  DRC: [["COD"], true],
  "Congo, the Democratic Republic of the": [["COD"], true],
  "Democratic Republic of the Congo": [["COD"], true],
  congo: [["COG", "COD"], true],
  Turkey: [["TUR"], true],
  Türkiye: [["TUR"], true],
};

/** A fake of the core's `find_countries(query, on)`: Türkiye is Turkey before 1 June 2022, as the core names it. */
export function findCountries({ query, on }: Record<string, unknown>): CountryMatch[] {
  const all = [...COUNTRIES, { code: "TUR", name: typeof on === "string" && on < "2022-06-01" ? "Turkey" : "Türkiye" }];
  const name = (code: string) => all.find((c) => c.code === code)!.name;
  if (query === "") return all.map((c) => ({ ...c, exact: false })).sort((a, b) => a.name.localeCompare(b.name));
  const [codes, exact] = FOUND[String(query)] ?? [[], false];
  return codes.map((code, i) => ({ code, name: name(code), exact: exact && i === 0 }));
}

export const SESSION_ID = "0190a000-0000-7000-8000-000000000038";
const AT = "2018-06-01T09:00:00.000Z";

export function situation(over: Partial<CountrySituation> & Pick<CountrySituation, "id" | "country_code" | "country_name">): CountrySituation {
  return {
    session_id: SESSION_ID,
    agenda_item: 4,
    mechanism: "Commission of inquiry",
    summary: "",
    asks: "",
    priority: "medium",
    created_at: AT,
    updated_at: AT,
    sources: [],
    mandates: [],
    documents: [],
    confidential: false,
    ...over,
  };
}

export function keyIssue(over: Partial<KeyIssue> & Pick<KeyIssue, "id" | "title">): KeyIssue {
  return {
    session_id: SESSION_ID,
    agenda_item: 3,
    overview: "",
    asks: "",
    created_at: AT,
    updated_at: AT,
    sources: [],
    documents: [],
    confidential: false,
    ...over,
  };
}
