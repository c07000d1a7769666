/**
 * The offline single file (scripts/build-single.mjs) carries each product's dataset gzip-compressed
 * and base64-encoded in a data block: about 40 KB of text each instead of 300 KB. The browser's own
 * DecompressionStream unpacks it; no request, no library. Loaded only when such a block exists.
 */
export async function readEmbedded(base64: string): Promise<string> {
  const bytes = Uint8Array.from(atob(base64.trim()), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}
