// The country picker: what is typed goes to the core (`find_countries`, with the session's first day), its matches are
// offered in its order and named as it names them, the keyboard chooses one, and the country the box names is known.
import { render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { CountryMatch } from "../lib/bindings";
import { clearMocks, fakeCommands } from "../test/fake-commands";
import { COUNTRIES, findCountries } from "../test/situation-data";
import CountryPicker from "./CountryPicker.svelte";

afterEach(clearMocks);

const attrs = { id: "country", class: "input", "aria-invalid": undefined, "aria-describedby": undefined };
const HRC38 = "2018-06-18";

/** The picker for a session starting `on`; the core's calls, and what the box names as the core reads it. */
function setup(on: string | null = HRC38) {
  const calls = fakeCommands({ find_countries: findCountries });
  const user = userEvent.setup();
  const read: { matched: CountryMatch | null } = { matched: null };
  render(CountryPicker, {
    attrs,
    on,
    get matched() {
      return read.matched;
    },
    set matched(m: CountryMatch | null) {
      read.matched = m;
    },
  });
  const box = screen.getByRole("combobox");
  return { user, box, calls, read };
}

/** The suggestions shown now, by their text. */
function shown(): string[] {
  return screen.queryAllByRole("option").map((o) => o.textContent?.replace(/\s+/g, " ").trim() ?? "");
}

describe("CountryPicker", () => {
  it("asks the core with the session's first day and offers its matches in its order", async () => {
    const { user, box, calls } = setup();
    expect(box).toHaveAttribute("aria-expanded", "false");

    await user.type(box, "bur");

    expect(calls).toContainEqual({ command: "find_countries", args: { query: "bur", on: HRC38 } });
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

  it.each([
    ["Congo, the Democratic Republic of the", "Democratic Republic of the Congo COD"],
    ["DRC", "Democratic Republic of the Congo COD"],
    ["Turkey", "Turkey TUR"],
    ["Türkiye", "Turkey TUR"],
  ])("offers what the core finds for %s, named as at HRC38", async (typed, offered) => {
    const { user, box, read } = setup();
    await user.type(box, typed);
    expect(shown()).toEqual([offered]);
    expect(read.matched?.code).toBe(offered.slice(-3));
    await user.keyboard("{Enter}");
    expect(box).toHaveValue(offered.slice(0, -4));
  });

  it("names a country as the core does on the session's day: Türkiye after 1 June 2022", async () => {
    const { user, box } = setup("2024-06-17");
    await user.type(box, "Turkey");
    expect(shown()).toEqual(["Türkiye TUR"]);
  });

  it("knows no country for text the core does not read as one", async () => {
    const { user, box, read } = setup();
    await user.type(box, "Narnia");
    expect(box).toHaveAttribute("aria-expanded", "false");
    expect(read.matched).toBeNull();
  });

  it("wraps round with the arrow keys and opens the core's full list on ArrowDown", async () => {
    const { user, box } = setup();
    box.focus();
    await user.keyboard("{ArrowDown}");
    expect(shown()).toHaveLength(COUNTRIES.length + 1);
    // Sorted by name, not by code.
    expect(shown()[0]).toBe("Belarus BLR");
    await user.keyboard("{ArrowUp}{Enter}");
    expect(box).toHaveValue("Turkey");
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
