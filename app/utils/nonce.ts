import { createContext, useContext } from "react";

// The per-request CSP nonce, handed from entry.server to <Scripts>. In the
// browser it is empty: browsers hide nonces from the DOM after parsing.
export const NonceContext = createContext("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
