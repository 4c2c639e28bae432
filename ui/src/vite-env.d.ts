// Types for what Vite and Svelte add to TypeScript: importing .css and .svelte files.
/// <reference types="svelte" />
/// <reference types="vite/client" />
