import net from "node:net";

/**
 * A TCP proxy a test can pull the plug on: the app connects to the proxy's port instead of the
 * database's. `down()` stops listening (new connections are refused, as from a stopped server)
 * and cuts every open connection mid-stream; `up()` listens on the same port again.
 * `freeze()` is a server that hangs instead (stopped with SIGSTOP, or a network that drops
 * packets): connections are still accepted, but not a byte moves either way on new or open ones,
 * until `up()`, `down()` or `close()` cuts them.
 */
export interface TcpProxy {
  readonly port: number;
  down(): Promise<void>;
  up(): Promise<void>;
  freeze(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(options: { port: number; targetHost: string; targetPort: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  let server: net.Server | null = null;
  let frozen = false;
  // Port 0: the system picks one on the first listen, and the proxy keeps it from then on.
  let port = options.port;

  const hold = (client: net.Socket) => {
    open.add(client);
    client.pause();
    const drop = () => {
      open.delete(client);
      client.destroy();
    };
    client.on("error", drop).on("close", drop);
  };

  const forward = (client: net.Socket) => {
    if (frozen) return hold(client);
    const upstream = net.connect({ host: options.targetHost, port: options.targetPort });
    const pair = { client, upstream };
    open.add(client).add(upstream);
    pairs.add(pair);
    const drop = () => {
      open.delete(client);
      open.delete(upstream);
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
    client.pipe(upstream);
    upstream.pipe(client);
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      if (server) return resolve();
      const listening = net.createServer(forward);
      listening.once("error", reject);
      listening.listen(port, "127.0.0.1", () => {
        server = listening;
        port = (listening.address() as net.AddressInfo).port;
        resolve();
      });
    });

  const up = () => {
    if (frozen) {
      // Back from a freeze: the silent connections are beyond saving, as after a restart.
      frozen = false;
      for (const socket of open) socket.destroy();
    }
    return listen();
  };

  const down = () =>
    new Promise<void>((resolve) => {
      frozen = false;
      for (const socket of open) socket.destroy();
      open.clear();
      pairs.clear();
      if (!server) return resolve();
      const closing = server;
      server = null;
      closing.close(() => resolve());
    });

  const freeze = async () => {
    frozen = true;
    // Open connections stay open but go silent: whatever either side sends is never delivered.
    for (const { client, upstream } of pairs) {
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
    }
    await listen();
  };

  await up();
  return {
    get port() {
      return port;
    },
    up,
    down,
    freeze,
    close: down,
  };
}
