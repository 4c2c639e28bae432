// The UI's entry point: the design system, then the app frame mounted into #app.
import "./app.css";
import { mount } from "svelte";
import App from "./App.svelte";
import { applyTheme } from "./lib/theme";
import { applyZoom, storedZoom } from "./lib/zoom";

applyZoom(storedZoom()); // the text size chosen last time, before the first paint
applyTheme("system"); // the system's theme until the settings are read, before the first paint

mount(App, { target: document.getElementById("app")! });
