// Preloaded with `node --import` to prove a command needs no network: any connection or DNS
// lookup for a host outside the loopback range fails at once, naming the host.
import dns from "node:dns";
import net from "node:net";

const LOCAL = /^(localhost|127\.\d+\.\d+\.\d+|::1|\[::1\])$/i;

function refuse(host) {
  const error = new Error(`offline-guard: network access to ${host} refused`);
  error.code = "EOFFLINE";
  return error;
}

const originalLookup = dns.lookup;
dns.lookup = function lookup(hostname, ...rest) {
  if (!LOCAL.test(String(hostname))) {
    const callback = rest.at(-1);
    process.nextTick(() => callback(refuse(hostname)));
    return undefined;
  }
  return originalLookup.call(this, hostname, ...rest);
};
const originalPromiseLookup = dns.promises.lookup;
dns.promises.lookup = async (hostname, ...rest) => {
  if (!LOCAL.test(String(hostname))) throw refuse(hostname);
  return originalPromiseLookup(hostname, ...rest);
};

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  const options = typeof args[0] === "object" && args[0] !== null ? args[0] : { port: args[0], host: args[1] };
  const host = options.path ? "localhost" : (options.host ?? "localhost");
  if (!LOCAL.test(String(host))) throw refuse(host);
  return originalConnect.apply(this, args);
};
globalThis.fetch = async (input) => {
  throw refuse(typeof input === "string" ? input : String(input?.url ?? input));
};
