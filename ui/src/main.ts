// The UI's entry point: the design system, then the app frame mounted into #app.
import "./app.css";
import { mount } from "svelte";
import App from "./App.svelte";
import { applyZoom, storedZoom } from "./lib/zoom";

applyZoom(storedZoom()); // the text size chosen last time, before the first paint

mount(App, { target: document.getElementById("app")! });
