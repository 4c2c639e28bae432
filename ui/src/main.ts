// The UI's entry point: the design system, then the app frame mounted into #app.
import "./app.css";
import { mount } from "svelte";
import App from "./App.svelte";

mount(App, { target: document.getElementById("app")! });
