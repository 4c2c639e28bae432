// The country picker: typing part of a name or an ISO code filters the 195 countries, and the keyboard chooses one.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import CountryPicker, { exactCountry, matchCountries } from "./CountryPicker.svelte";
import { COUNTRIES } from "../test/situation-data";

const attrs = { id: "country", class: "input", "aria-invalid": undefined, "aria-describedby": undefined };

function setup() {
  const user = userEvent.setup();
  render(CountryPicker, { attrs, countries: COUNTRIES });
  const box = screen.getByRole("combobox");
  return { user, box };
}

/** The suggestions shown now, by their text. */
function shown(): string[] {
  return screen.queryAllByRole("option").map((o) => o.textContent?.replace(/\s+/g, " ").trim() ?? "");
}

describe("matchCountries", () => {
  it.each([
    ["bur", ["Burkina Faso", "Burundi"]],
    ["syr", ["Syrian Arab Republic"]],
    ["SYR", ["Syrian Arab Republic"]],
    ["cod", ["Democratic Republic of the Congo"]],
    ["congo", ["Congo", "Democratic Republic of the Congo"]],
    ["cote", ["Côte d'Ivoire"]],
    ["côte d’iv", ["Côte d'Ivoire"]],
    ["iran", ["Iran (Islamic Republic of)"]],
    ["palestine", ["State of Palestine"]],
    ["narnia", []],
    // The core's common names: "DR Congo" is the Democratic Republic of the Congo.
    ["dr congo", ["Democratic Republic of the Congo"]],
    ["DRC", ["Democratic Republic of the Congo"]],
  ])("%s → %j", (query, names) => {
    expect(matchCountries(COUNTRIES, query).map((c) => c.name)).toEqual(names);
  });

  it("reads a common name the core knows as the country", () => {
    expect(exactCountry(COUNTRIES, "DR Congo")?.code).toBe("COD");
    expect(exactCountry(COUNTRIES, "Narnia")).toBeNull();
  });

  it("puts the exact ISO code first", () => {
    expect(matchCountries(COUNTRIES, "bdi")[0].name).toBe("Burundi");
  });
});

describe("CountryPicker", () => {
  it("filters by name as you type and chooses with the arrow keys and Enter", async () => {
    const { user, box } = setup();
    expect(box).toHaveAttribute("aria-expanded", "false");

    await user.type(box, "bur");

    expect(box).toHaveAttribute("aria-expanded", "true");
    expect(shown()).toEqual(["Burkina Faso BFA", "Burundi BDI"]);
    expect(screen.getByRole("status")).toHaveTextContent("2 countries match");
    // The first match is active: Enter would take it.
    const first = screen.getByRole("option", { name: /Burkina Faso/ });
    expect(first).toHaveAttribute("aria-selected", "true");
    expect(box).toHaveAttribute("aria-activedescendant", first.id);

    await user.keyboard("{ArrowDown}");
    const burundi = screen.getByRole("option", { name: /Burundi/ });
    expect(burundi).toHaveAttribute("aria-selected", "true");
    expect(box).toHaveAttribute("aria-activedescendant", burundi.id);

    await user.keyboard("{Enter}");
    expect(box).toHaveValue("Burundi");
    expect(box).toHaveAttribute("aria-expanded", "false");
    expect(box).not.toHaveAttribute("aria-activedescendant");
    expect(box).toHaveFocus();
  });

  it("finds a country by its ISO code; Enter takes the first match", async () => {
    const { user, box } = setup();
    await user.type(box, "syr");
    expect(shown()).toEqual(["Syrian Arab Republic SYR"]);
    await user.keyboard("{Enter}");
    expect(box).toHaveValue("Syrian Arab Republic");
  });

  it("wraps round with the arrow keys and opens the full list on ArrowDown", async () => {
    const { user, box } = setup();
    box.focus();
    await user.keyboard("{ArrowDown}");
    expect(shown()).toHaveLength(COUNTRIES.length);
    // Sorted by name, not by code.
    expect(shown()[0]).toBe("Belarus BLR");
    await user.keyboard("{ArrowUp}{Enter}");
    expect(box).toHaveValue("Syrian Arab Republic");
  });

  it("closes on Escape and keeps what was typed", async () => {
    const { user, box } = setup();
    await user.type(box, "DR Congo");
    await user.keyboard("{Escape}");
    expect(box).toHaveAttribute("aria-expanded", "false");
    expect(box).toHaveValue("DR Congo");
  });

  it("takes a click on a suggestion", async () => {
    const { user, box } = setup();
    await user.type(box, "eri");
    await user.click(screen.getByRole("option", { name: /Eritrea/ }));
    expect(box).toHaveValue("Eritrea");
  });
});
