// The search island imports its index as an asset URL (`?url`), as Vite builds it; the parity test renders
// the island, so the tests' types need Vite's asset imports too.
/// <reference types="vite/client" />
