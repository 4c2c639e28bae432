// Under the editor: a new statement says where its signatories will go; a stored one has the paste-and-list panel.
import { render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clearMocks } from "../test/fake-commands";
import { HRC38 } from "../test/statement-data";
import StatementSignatories from "./StatementSignatories.svelte";

afterEach(clearMocks);

describe("StatementSignatories", () => {
  it("says a new statement gets them once created, joint ones in particular", () => {
    const { rerender } = render(StatementSignatories, { statement: null, kind: "oral", onChange: vi.fn() });
    const section = screen.getByRole("region", { name: "Signatories" });
    expect(section).toHaveTextContent("Any statement can list co-signatories. Create the statement first");
    void rerender({ statement: null, kind: "joint-oral", onChange: vi.fn() });
    return vi.waitFor(() => expect(section).toHaveTextContent("A joint statement lists its co-signatories."));
  });

  it("shows the panel to paste them into once the statement is stored", () => {
    render(StatementSignatories, { statement: HRC38[0], kind: HRC38[0].kind, onChange: vi.fn() });
    expect(screen.queryByText(/Create the statement first/)).not.toBeInTheDocument();
    expect(screen.getByRole("textbox")).toBeInTheDocument();
  });
});
