// What the Remix compiler makes of a `*.client` module on the server: nothing.
// vitest resolves such imports here, so route modules load in Node as they do
// in the server build (Leaflet needs `window`).
export default undefined;
