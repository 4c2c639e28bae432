// The situations screen: grouped by agenda item in agenda order, empty state, delete with confirmation, and the item a search result opens.
import { render, screen, within } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { findCountries, SESSION_ID, situation } from "../test/situation-data";
import type { CountrySituation, Session } from "../lib/bindings";
import { router } from "../lib/router.svelte";
import { clearMocks, fakeCommands } from "../test/fake-commands";
import SituationsScreen from "./SituationsScreen.svelte";

afterEach(() => {
  clearMocks();
  router.focusId = null;
});

const SESSION: Session = {
  id: SESSION_ID,
  number: 38,
  kind: "regular",
  label: "38",
  name: "HRC38",
  title: "38th regular session of the Human Rights Council",
  start_date: "2018-06-18",
  end_date: "2018-07-06",
  venue: "Palais des Nations, Geneva",
  notes: "",
  created_at: "2018-06-01T09:00:00.000Z",
  updated_at: "2018-06-01T09:00:00.000Z",
};

// In the core's order: by agenda item, unassigned last, then by country.
const HRC38: CountrySituation[] = [
  situation({ id: "bdi", country_code: "BDI", country_name: "Burundi", priority: "high", summary: "Oral briefing of the **Commission of Inquiry**." }),
  situation({ id: "eri", country_code: "ERI", country_name: "Eritrea", mechanism: "Special rapporteur" }),
  situation({ id: "pse", country_code: "PSE", country_name: "State of Palestine", agenda_item: 7, asks: "- Establish a commission of inquiry" }),
  situation({ id: "cod", country_code: "COD", country_name: "Democratic Republic of the Congo", agenda_item: 10, priority: "low" }),
  situation({ id: "blr", country_code: "BLR", country_name: "Belarus", agenda_item: null, mechanism: "" }),
];

function fake(list: CountrySituation[], extra: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  let rows = [...list];
  const calls = fakeCommands({
    list_situations: () => rows,
    find_countries: findCountries,
    delete_situation: ({ id }) => {
      rows = rows.filter((r) => r.id !== id);
    },
    restore_situation: ({ id }) => {
      rows = list.filter((r) => r.id === id || rows.includes(r));
      return list.find((r) => r.id === id)!;
    },
    forget_deleted: () => null,
    ...extra,
  });
  return calls;
}

describe("SituationsScreen", () => {
  it("groups the situations by agenda item in agenda order, unassigned last", async () => {
    fake(HRC38);
    render(SituationsScreen, { session: SESSION });

    await screen.findByRole("heading", { name: "Burundi" });
    const groups = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent?.replace(/\s+/g, " ").trim());
    expect(groups).toEqual([
      "Item 4 Situations that require the Council's attention 2 situations",
      "Item 7 Palestine and other occupied Arab territories 1 situation",
      "Item 10 Technical assistance and capacity-building 1 situation",
      "No agenda item 1 situation",
    ]);
    const item4 = screen.getByRole("region", { name: /Item 4/ });
    expect(within(item4).getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["Burundi", "Eritrea"]);

    const burundi = screen.getByRole("article", { name: "Burundi" });
    expect(burundi).toHaveTextContent("BDI");
    expect(burundi).toHaveTextContent("Commission of inquiry");
    expect(burundi).toHaveTextContent("High priority");
    expect(within(burundi).getByText("Commission of Inquiry").tagName).toBe("STRONG");
    expect(within(screen.getByRole("article", { name: "State of Palestine" })).getByRole("listitem")).toHaveTextContent("Establish a commission of inquiry");
  });

  it("says what to do when there is nothing yet, and opens the form from there", async () => {
    fake([]);
    const user = userEvent.setup();
    render(SituationsScreen, { session: SESSION });

    const empty = await screen.findByRole("heading", { name: "No country situations yet" });
    const section = empty.closest("section")!;
    await user.click(within(section).getByRole("button", { name: "Add situation" }));

    expect(screen.getByRole("heading", { name: "Add situation" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "No country situations yet" })).not.toBeInTheDocument();
  });

  it("deletes at once with Undo, which brings it back; once Undo goes, its text is forgotten", async () => {
    const calls = fake(HRC38);
    const user = userEvent.setup();
    render(SituationsScreen, { session: SESSION });
    const eritrea = await screen.findByRole("article", { name: "Eritrea" });

    await user.click(within(eritrea).getByRole("button", { name: "Delete Eritrea" }));
    expect(screen.queryByRole("article", { name: "Eritrea" })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "delete_situation")).toEqual([{ command: "delete_situation", args: { id: "eri" } }]);
    expect(screen.getByText("Eritrea situation deleted.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByRole("article", { name: "Eritrea" })).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Delete Eritrea" }));
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("button", { name: "Undo" })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.command === "forget_deleted").map((c) => c.args.id)).toEqual(["eri"]);
  });

  it("says why Undo is refused when another situation for the country came meanwhile", async () => {
    fake(HRC38, {
      restore_situation: () => {
        throw { code: "validation", field: "country", message: "country: Eritrea already has a situation under item 4" };
      },
    });
    const user = userEvent.setup();
    render(SituationsScreen, { session: SESSION });
    const eritrea = await screen.findByRole("article", { name: "Eritrea" });
    await user.click(within(eritrea).getByRole("button", { name: "Delete Eritrea" }));
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Eritrea already has a situation under item 4");
  });

  it("edits a situation in place and shows it saved", async () => {
    const calls = fake(HRC38, {
      update_situation: ({ id, input }) => ({ ...HRC38.find((s) => s.id === id)!, ...(input as object), priority: "low" }),
    });
    const user = userEvent.setup();
    render(SituationsScreen, { session: SESSION });
    const burundi = await screen.findByRole("article", { name: "Burundi" });

    await user.click(within(burundi).getByRole("button", { name: "Edit Burundi" }));
    const form = screen.getByRole("form", { name: "Edit Burundi" });
    await user.click(within(form).getByRole("radio", { name: "Low" }));
    await user.click(within(form).getByRole("button", { name: "Save changes" }));

    expect(await screen.findByRole("status")).toHaveTextContent("Burundi was saved.");
    expect(calls.find((c) => c.command === "update_situation")?.args).toMatchObject({ id: "bdi", input: { country: "Burundi", priority: "low" } });
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
  });

  it("puts the keyboard in the new form, and opening another form keeps what was typed", async () => {
    fake(HRC38);
    const user = userEvent.setup();
    render(SituationsScreen, { session: SESSION });
    const burundi = await screen.findByRole("article", { name: "Burundi" });

    await user.click(screen.getByRole("button", { name: "Add situation" }));
    const add = screen.getByRole("form", { name: "Add situation" });
    const country = within(add).getByRole("combobox", { name: "Country" });
    expect(country).toHaveFocus();
    await user.keyboard("Eritrea{Escape}");

    await user.click(within(burundi).getByRole("button", { name: "Edit Burundi" }));
    expect(within(screen.getByRole("form", { name: "Edit Burundi" })).getByRole("combobox", { name: "Country" })).toHaveFocus();
    expect(country).toHaveValue("Eritrea");
  });

  it("opens the situation a search result names", async () => {
    fake(HRC38);
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    router.focusId = "pse";
    render(SituationsScreen, { session: SESSION });

    const palestine = await screen.findByRole("article", { name: "State of Palestine" });
    await vi.waitFor(() => expect(palestine).toHaveFocus());
    expect(palestine).toHaveClass("highlighted");
    expect(scrolled).toHaveBeenCalled();
    expect(router.focusId).toBeNull();
    // @ts-expect-error jsdom has none; put it back as it was.
    delete Element.prototype.scrollIntoView;
  });
});
