import { type IncomingMessage } from 'node:http';

/** A request the HTTP layer refuses before GraphQL sees it; answered in GraphQL's error shape. */
export class HttpRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: 'PAYLOAD_TOO_LARGE' | 'BAD_REQUEST' | 'UNSUPPORTED_MEDIA_TYPE',
    message: string,
  ) {
    super(message);
  }
}

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** "100kb", "1mb", "2048" → bytes (the size syntax of the RAPPORT_BODY_LIMIT setting). */
export function parseByteSize(size: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(size);
  if (!match) throw new Error(`not a size: "${size}" (write e.g. 100kb or 1mb)`);
  return Math.floor(Number(match[1]) * UNITS[(match[2] ?? 'b').toLowerCase()]);
}

/** Whether the request says its body is JSON (`application/json`, any parameters). */
export function isJsonRequest(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (!type) return false;
  const semicolon = type.indexOf(';');
  return (semicolon < 0 ? type : type.slice(0, semicolon)).trim().toLowerCase() === 'application/json';
}

/**
 * Reads a JSON request body of at most `limit` bytes and parses it. Only objects and arrays are
 * accepted (as GraphQL requests are), only UTF-8, and no content encoding. Refuses early from
 * Content-Length when it is declared, and otherwise as soon as the bytes read exceed the limit.
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const encoding = req.headers['content-encoding'];
  if (encoding && encoding.toLowerCase() !== 'identity')
    return Promise.reject(
      new HttpRequestError(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Encoding ${encoding} is not supported.`),
    );
  const charset = /;\s*charset\s*=\s*"?([\w-]+)/i.exec(req.headers['content-type'] ?? '')?.[1];
  if (charset && charset.toLowerCase() !== 'utf-8' && charset.toLowerCase() !== 'utf8')
    return Promise.reject(
      new HttpRequestError(415, 'UNSUPPORTED_MEDIA_TYPE', `charset ${charset} is not supported; send UTF-8.`),
    );
  const tooLarge = () => new HttpRequestError(413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${limit} bytes.`);
  const declared = Number(req.headers['content-length']);
  if (declared > limit) {
    req.resume(); // drain it, so the connection can answer
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      length += chunk.length;
      if (length > limit) {
        failed = true;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', (error) => {
      if (!failed)
        reject(new HttpRequestError(400, 'BAD_REQUEST', `could not read the request body: ${error.message}`));
      failed = true;
    });
    req.on('end', () => {
      if (failed) return;
      const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length)).toString('utf8');
      const first = text.trimStart()[0];
      if (first !== '{' && first !== '[') {
        reject(new HttpRequestError(400, 'BAD_REQUEST', 'The request body must be a JSON object or array.'));
        return;
      }
      try {
        resolve(JSON.parse(text));
      } catch (error) {
        reject(
          new HttpRequestError(400, 'BAD_REQUEST', `The request body is not valid JSON: ${(error as Error).message}`),
        );
      }
    });
  });
}
