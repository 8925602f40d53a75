import net from "node:net";

/**
 * A TCP proxy a test can pull the plug on: the app connects to the proxy's port instead of the
 * database's. `down()` stops listening (new connections are refused, as from a stopped server)
 * and cuts every open connection mid-stream; `up()` listens on the same port again.
 */
export interface TcpProxy {
  readonly port: number;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(options: { port: number; targetHost: string; targetPort: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let server: net.Server | null = null;

  const forward = (client: net.Socket) => {
    const upstream = net.connect({ host: options.targetHost, port: options.targetPort });
    open.add(client).add(upstream);
    const drop = () => {
      open.delete(client);
      open.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
    client.pipe(upstream);
    upstream.pipe(client);
  };

  const up = () =>
    new Promise<void>((resolve, reject) => {
      if (server) return resolve();
      const listening = net.createServer(forward);
      listening.once("error", reject);
      listening.listen(options.port, "127.0.0.1", () => {
        server = listening;
        resolve();
      });
    });

  const down = () =>
    new Promise<void>((resolve) => {
      for (const socket of open) socket.destroy();
      open.clear();
      if (!server) return resolve();
      const closing = server;
      server = null;
      closing.close(() => resolve());
    });

  await up();
  return { port: options.port, up, down, close: down };
}
