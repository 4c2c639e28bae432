// The core's error placed on a form: the field's message as the core made it, never cut from the whole message.
import { describe, expect, it } from "vitest";
import { coreError, invalid } from "../test/fake-commands";
import { toApiError } from "./api";
import { formErrors } from "./form-errors";

describe("formErrors", () => {
  it("puts the core's field message next to the field it names", () => {
    const e = invalid("end", "after_start", "must be after the start");
    expect(formErrors(e, ["start", "end"])).toEqual({ fields: { end: "must be after the start" }, form: null });
  });

  it("shows the field message as the core wrote it, even when it does not follow the field's name", () => {
    // A translated message need not start with the field's name; nothing is cut from `message`.
    const e = { ...invalid("end", "after_start", "must be after the start"), message: "fin : doit suivre le début", field_message: "doit suivre le début" };
    expect(formErrors(e, ["end"]).fields.end).toBe("doit suivre le début");
  });

  it("puts an error whose field is not on the form, or that names none, above it as a whole sentence", () => {
    const e = invalid("session", "no_session_running", "no session is running on 2018-08-14", { date: "2018-08-14" });
    expect(formErrors(e, ["title"])).toEqual({ fields: {}, form: "session: no session is running on 2018-08-14" });
    expect(formErrors(coreError("conflict", "changed elsewhere"), ["title"])).toEqual({ fields: {}, form: "changed elsewhere" });
  });
});

describe("toApiError", () => {
  it("keeps the rule and its parameters for the window to branch on", () => {
    const err = toApiError(invalid("at", "not_a_clock_time", '"soon" is not a date and time', { value: "soon" }));
    expect([err.code, err.field, err.rule, err.params.value, err.fieldMessage]).toEqual(["validation", "at", "not_a_clock_time", "soon", '"soon" is not a date and time']);
  });

  it("turns Tauri's own failures and older shapes into errors with no field or rule", () => {
    const err = toApiError("command not found");
    expect([err.code, err.message, err.field, err.rule, err.fieldMessage]).toEqual(["internal", "command not found", null, null, "command not found"]);
    const old = toApiError({ code: "storage", message: "disk full", field: null });
    expect([old.rule, old.params, old.fieldMessage]).toEqual([null, {}, "disk full"]);
  });
});
