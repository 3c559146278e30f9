// Starts a real Bluesky PDS (with an in-memory PLC) on loopback for tests/connectors/test_bluesky_pds.py.
// Prints one JSON line {"pds": url} when ready; stops when stdin closes.
import { TestNetworkNoAppView } from '@atproto/dev-env'

const net = await TestNetworkNoAppView.create({})
process.stdout.write(JSON.stringify({ pds: net.pds.url.replace('localhost', '127.0.0.1') }) + '\n')
process.stdin.resume()
const stop = async () => { await net.close(); process.exit(0) }
process.stdin.on('end', stop)
process.on('SIGTERM', stop)
