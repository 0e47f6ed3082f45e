/**
 * Static server for the built site: `tsx src/cli/serve.ts <dir> [port]` (npm start serves dist on
 * http://127.0.0.1:3000). Loopback only. Clean URLs as Framework writes them: /timeline →
 * timeline.html, /folder/ → folder/index.html. CORS is open so pages on another origin can
 * import embeddable modules (e.g. an iframe host importing /embed/chart.js).
 */
import {createReadStream} from "node:fs";
import {stat} from "node:fs/promises";
import {createServer, type Server} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, resolve, sep} from "node:path";
import {pathToFileURL} from "node:url";

/** MIME types by extension; anything else is sent as application/octet-stream. */
export const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".arrow": "application/vnd.apache.arrow.file",
  ".parquet": "application/vnd.apache.parquet",
  ".zip": "application/zip",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8"
};

export interface RunningServer {
  server: Server;
  /** e.g. "http://127.0.0.1:3000" (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

/**
 * Maps a URL path to a file inside `root`, or null when it would escape `root`.
 * Candidates are tried in order: the path itself, `<path>.html`, `<path>/index.html`.
 *
 * @example candidates("/srv/dist", "/timeline") // ["/srv/dist/timeline", "/srv/dist/timeline.html", "/srv/dist/timeline/index.html"]
 */
export function candidates(root: string, urlPath: string): string[] | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const base = resolve(root);
  const file = resolve(join(base, decoded));
  if (file !== base && !file.startsWith(base + sep)) return null; // "/../etc/passwd"
  if (decoded.endsWith("/")) return [join(file, "index.html")];
  return [file, `${file}.html`, join(file, "index.html")];
}

async function findFile(paths: string[]): Promise<{path: string; size: number} | null> {
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isFile()) return {path, size: info.size};
    } catch {
      // try the next candidate
    }
  }
  return null;
}

/**
 * Starts serving `dir` on 127.0.0.1. Port 0 picks a free port.
 *
 * @example const {url, close} = await startServer("dist", 0);
 */
export async function startServer(dir: string, port = 0, host = "127.0.0.1"): Promise<RunningServer> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    res.setHeader("Access-Control-Allow-Origin", "*");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(req.method === "OPTIONS" ? 204 : 405, {Allow: "GET, HEAD, OPTIONS"});
      res.end();
      return;
    }
    const pathname = new URL(req.url ?? "/", "http://x").pathname;
    const paths = candidates(root, pathname);
    const found = paths && (await findFile(paths));
    if (!found) {
      const notFound = await findFile([join(root, "404.html")]);
      res.writeHead(404, {"Content-Type": MIME_TYPES[".html"]});
      if (notFound && req.method === "GET") createReadStream(notFound.path).pipe(res);
      else res.end("Not found\n");
      return;
    }
    res.writeHead(200, {
      "Content-Type": MIME_TYPES[extname(found.path).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": found.size,
      "Cache-Control": "no-cache"
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(found.path).on("error", () => res.destroy()).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok());
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${address.port}`,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    })
  };
}

async function main(argv: string[]): Promise<void> {
  const [dir = "dist", portArg = "3000"] = argv;
  const port = Number(portArg);
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error();
  } catch {
    console.error(`serve: ${dir} is not a folder (run npm run build first)`);
    process.exit(1);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: bad port ${portArg}`);
    process.exit(1);
  }
  const {url} = await startServer(dir, port);
  console.log(`Newsprism is served from ${dir} at ${url}/ (Ctrl-C to stop)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
