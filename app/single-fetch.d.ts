// Tells the type system that Remix's single fetch (remix.config.js) is on, so
// loaders' data() results are typed as their data, not as response wrappers.
import "@remix-run/node";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}
