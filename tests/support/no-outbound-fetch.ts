// Any fetch that leaves this machine fails the test loudly: tests talk to loopback fakes only.
const realFetch = globalThis.fetch;

globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : input.toString());
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new Error(`Unmocked outbound fetch to ${url.origin} in a test`);
  }
  return realFetch(input, init);
};
