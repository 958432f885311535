// The browser build's twin of ./bundledFiles.ts, which reads the bundled knowledge from disk: a
// language server in a browser has no disk; it fetches the compiled file and provides it
// (provideBundled in ./index.ts, called by lsp/browserHost.ts) before the first analysis.
import type { BundledKnowledge } from './bundled.ts';

export function readBundled(): BundledKnowledge {
  throw new Error('the bundled knowledge has not been provided: a language server in a browser fetches it at initialize');
}
