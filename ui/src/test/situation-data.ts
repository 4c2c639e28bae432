// Test data for the situation and key-issue tests: a slice of the core's country table, HRC38 rows.
import type { Country, CountrySituation, KeyIssue } from "../lib/bindings";

/** Part of the 195 countries `list_countries` returns (sorted by code, as the core sends them). */
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
    ...over,
  };
}
