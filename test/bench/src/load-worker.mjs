// The load generator's own process: autocannon's programmatic API, so that each request can carry other variables
// (the bodies cycle), which the CLI cannot do. Reads its options as JSON from argv[2]; prints autocannon's result.
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2]);
let next = 0;
const result = await autocannon({
  url: options.url,
  connections: options.connections,
  duration: options.seconds,
  method: 'POST',
  headers: options.headers,
  body: options.bodies[0],
  requests: [
    {
      setupRequest(request) {
        const body = options.bodies[next++ % options.bodies.length];
        return { ...request, body };
      },
    },
  ],
});
process.stdout.write(`${JSON.stringify(result)}\n`);
