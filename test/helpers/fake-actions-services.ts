import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The runner's results service as far as @actions/cache (v2) and @actions/artifact use it: twirp
 * JSON calls under /twirp/, and the signed blob URLs they hand out, served Azure-style (whole-blob
 * PUT, or staged blocks and a block list) by the same server. `answer: false` accepts every
 * connection and never replies: a hung service.
 */
export interface FakeServices {
  url: string;
  /** Every twirp call, in order: `CacheService/CreateCacheEntry` and its body. */
  calls: { method: string; body: Record<string, unknown> }[];
  cacheEntries: Map<string, CacheEntry>;
  /** Finalized artifacts by name, with the bytes uploaded. */
  artifacts: Map<string, { bytes: Buffer; size: string; hash: string | undefined }>;
  close(): Promise<void>;
}

interface CacheEntry {
  key: string;
  version: string;
  blob: string;
  finalized: boolean;
  /** Order of finalization: restore keys match the newest. */
  serial: number;
}

const readBody = (request: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

function json(response: ServerResponse, body: unknown, status = 200): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** A runtime token the toolkit accepts: a JWT whose scope names the run's and job's backend ids. */
export function fakeRuntimeToken(): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const scope = 'Actions.GenericRead:0 Actions.Results:run-backend-id:job-backend-id';
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: scope })}.signature`;
}

export async function startFakeServices({ answer = true } = {}): Promise<FakeServices> {
  const calls: FakeServices['calls'] = [];
  const cacheEntries = new Map<string, CacheEntry>();
  const artifacts: FakeServices['artifacts'] = new Map();
  const blobs = new Map<string, Buffer>();
  const blocks = new Map<string, Buffer>();
  let serial = 0;
  let url = '';
  const entryId = (key: string, version: string) => `${key}\n${version}`;
  // Path-style blob URLs (account/container/blob), as the Azure SDK expects of an IP host.
  const blobUrl = (name: string) => `${url}/devstoreaccount1/blobs/${name}?sig=fake-signature`;

  const twirp: Record<string, (body: Record<string, unknown>) => unknown> = {
    'CacheService/GetCacheEntryDownloadURL': (body) => {
      const version = body.version as string;
      const finalized = [...cacheEntries.values()].filter(
        (e) => e.finalized && e.version === version,
      );
      const exact = finalized.find((e) => e.key === body.key);
      const byPrefix = ((body.restore_keys as string[] | undefined) ?? [])
        .map((prefix) =>
          finalized
            .filter((e) => e.key.startsWith(prefix))
            .sort((a, b) => b.serial - a.serial)
            .at(0),
        )
        .find(Boolean);
      const found = exact ?? byPrefix;
      return found
        ? { ok: true, signed_download_url: blobUrl(found.blob), matched_key: found.key }
        : { ok: false, signed_download_url: '', matched_key: '' };
    },
    'CacheService/CreateCacheEntry': (body) => {
      const id = entryId(body.key as string, body.version as string);
      if (cacheEntries.has(id))
        return { ok: false, signed_upload_url: '', message: 'entry already exists' };
      const entry = {
        key: body.key as string,
        version: body.version as string,
        blob: `cache-${cacheEntries.size + 1}`,
        finalized: false,
        serial: 0,
      };
      cacheEntries.set(id, entry);
      return { ok: true, signed_upload_url: blobUrl(entry.blob) };
    },
    'CacheService/FinalizeCacheEntryUpload': (body) => {
      const entry = cacheEntries.get(entryId(body.key as string, body.version as string));
      if (!entry || !blobs.has(entry.blob))
        return { ok: false, entry_id: '0', message: 'no upload' };
      entry.finalized = true;
      entry.serial = ++serial;
      return { ok: true, entry_id: String(entry.serial) };
    },
    'ArtifactService/CreateArtifact': (body) => ({
      ok: true,
      signed_upload_url: blobUrl(`artifact-${encodeURIComponent(body.name as string)}`),
    }),
    'ArtifactService/FinalizeArtifact': (body) => {
      const name = body.name as string;
      const bytes = blobs.get(`artifact-${encodeURIComponent(name)}`);
      if (!bytes) return { ok: false, artifact_id: '0' };
      const hash = (body.hash as { value?: string } | string | undefined) ?? undefined;
      artifacts.set(name, {
        bytes,
        size: String(body.size),
        hash: typeof hash === 'string' ? hash : hash?.value,
      });
      return { ok: true, artifact_id: String(artifacts.size) };
    },
  };

  async function blob(request: IncomingMessage, response: ServerResponse, target: URL) {
    const name = target.pathname.split('/').slice(3).join('/');
    if (request.method === 'HEAD' || request.method === 'GET') {
      const bytes = blobs.get(name);
      if (!bytes) return json(response, { error: 'BlobNotFound' }, 404);
      response.writeHead(200, { 'content-length': bytes.length, 'x-ms-blob-type': 'BlockBlob' });
      return response.end(request.method === 'GET' ? bytes : undefined);
    }
    const body = await readBody(request);
    const comp = target.searchParams.get('comp');
    if (comp === 'block') blocks.set(`${name}\n${target.searchParams.get('blockid')}`, body);
    else if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted)>([^<]*)</g)];
      blobs.set(
        name,
        Buffer.concat(ids.map((m) => blocks.get(`${name}\n${m[1]}`) ?? Buffer.alloc(0))),
      );
    } else blobs.set(name, body);
    response.writeHead(201, { etag: `"${Date.now()}"`, 'last-modified': new Date().toUTCString() });
    response.end();
  }

  const server: Server = createServer((request, response) => {
    if (!answer) return; // hold the connection open, never reply
    const target = new URL(request.url ?? '/', url);
    const rpc = /^\/twirp\/github\.actions\.results\.api\.v1\.(\w+\/\w+)$/.exec(target.pathname);
    if (rpc) {
      void readBody(request).then((raw) => {
        const body = JSON.parse(raw.toString('utf8') || '{}') as Record<string, unknown>;
        calls.push({ method: rpc[1]!, body });
        const handle = twirp[rpc[1]!];
        if (!handle) return json(response, { code: 'unimplemented', msg: rpc[1] }, 404);
        json(response, handle(body));
      });
      return;
    }
    void blob(request, response, target);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    cacheEntries,
    artifacts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on 127.0.0.1 where nothing listens: connections are refused. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
