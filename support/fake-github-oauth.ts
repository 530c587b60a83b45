// A local fake of GitHub's OAuth web flow on 127.0.0.1, for the CMS sign-in tests: /login/oauth/authorize
// approves at once (as a signed-in user clicking "Authorize") by sending the browser back to redirect_uri with
// a code and the state it was given; /login/oauth/access_token trades a code it issued, once, for a token.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeGitHub {
  /** GITHUB_OAUTH_BASE for the Worker. */
  url: string;
  /** The client id and secret it accepts. */
  clientId: string;
  clientSecret: string;
  /** Every token exchange it was asked for (code, client id, whether the secret matched). */
  exchanges: { code: string; clientId: string; secretOk: boolean }[];
  /** The token the next good exchange hands out. */
  nextToken: string;
  close: () => Promise<void>;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
    });
    req.on('end', () => {
      resolve(text);
    });
  });
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const codes = new Set<string>();
  const fake: Omit<FakeGitHub, 'url' | 'close'> = {
    clientId: 'fake-client-id',
    clientSecret: 'fake-client-secret',
    exchanges: [],
    nextToken: `gho_fake${randomUUID().replace(/-/g, '')}`,
  };
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (req.method === 'GET' && url.pathname === '/login/oauth/authorize') {
        const back = new URL(url.searchParams.get('redirect_uri') ?? '');
        const code = randomUUID().replace(/-/g, '').slice(0, 20);
        codes.add(code);
        back.searchParams.set('code', code);
        back.searchParams.set('state', url.searchParams.get('state') ?? '');
        res.writeHead(302, { Location: back.href }).end();
        return;
      }
      if (req.method === 'POST' && url.pathname === '/login/oauth/access_token') {
        const sent = JSON.parse((await body(req)) || '{}') as Record<string, string>;
        const code = sent['code'] ?? '';
        const secretOk = sent['client_secret'] === fake.clientSecret;
        fake.exchanges.push({ code, clientId: sent['client_id'] ?? '', secretOk });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        if (!codes.delete(code) || !secretOk || sent['client_id'] !== fake.clientId) {
          res.end(JSON.stringify({ error: 'bad_verification_code', error_description: 'The code is wrong.' }));
        } else {
          res.end(JSON.stringify({ access_token: fake.nextToken, token_type: 'bearer', scope: 'repo' }));
        }
        return;
      }
      res.writeHead(404).end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  });
}
