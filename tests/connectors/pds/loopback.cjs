// Preloaded into the PDS process: make every server that would listen on all interfaces listen on
// 127.0.0.1 instead, because @atproto/dev-env binds *:port and tests must stay on loopback.
const net = require('net')
const listen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && (args.length === 1 || typeof args[1] === 'function')) {
    args.splice(1, 0, '127.0.0.1')
  } else if (args[0] && typeof args[0] === 'object' && !args[0].host && !args[0].path) {
    args[0] = { ...args[0], host: '127.0.0.1' }
  } else if (args.length === 0 || args[0] === undefined) {
    args = [0, '127.0.0.1', ...args.slice(1)]
  }
  return listen.apply(this, args)
}
