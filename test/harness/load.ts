import autocannon from 'autocannon';

/**
 * One answer of a steady load: when it arrived and when its request was sent (ms since the epoch: arrival less
 * autocannon's response time), its HTTP status and its parsed JSON body.
 */
export interface LoadAnswer {
  at: number;
  sentAt: number;
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export interface SteadyLoad {
  answers: LoadAnswer[];
  /** Stops sending; resolves with autocannon's own figures once the connections are closed. */
  stop: () => Promise<{ requests: number; errors: number; timeouts: number; non2xx: number }>;
}

/**
 * A bounded steady load of one GraphQL request on 127.0.0.1, from autocannon in this process: `connections`
 * connections, at most `rate` requests per second in all, for at most `maxSeconds` (stopped earlier with stop()).
 * Every answer is kept with its time, so a test can say what was answered before, during and after a fault.
 */
export function steadyLoad(options: {
  url: string;
  token: string;
  query: string;
  connections?: number;
  rate?: number;
  maxSeconds?: number;
}): SteadyLoad {
  const answers: LoadAnswer[] = [];
  const instance = autocannon({
    url: `${options.url.replace('localhost', '127.0.0.1')}/graphql`,
    method: 'POST',
    connections: options.connections ?? 4,
    overallRate: options.rate ?? 50,
    duration: options.maxSeconds ?? 60,
    timeout: 10,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
    body: JSON.stringify({ query: options.query }),
    requests: [
      {
        onResponse(status: number, body: string) {
          let parsed: LoadAnswer['body'];
          try {
            parsed = JSON.parse(body);
          } catch {
            parsed = { errors: [{ message: `not JSON: ${String(body).slice(0, 200)}` }] };
          }
          const at = Date.now();
          answers.push({ at, sentAt: at, status, body: parsed });
        },
      },
    ],
  });
  // autocannon emits 'response' with the response time right after the body's onResponse, in the same tick.
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    const last = answers.at(-1);
    if (last) last.sentAt = last.at - Math.ceil(responseTime);
  });
  const done = new Promise<{ requests: number; errors: number; timeouts: number; non2xx: number }>(
    (resolve, reject) => {
      instance.then(
        (result: any) =>
          resolve({
            requests: result.requests.total,
            errors: result.errors,
            timeouts: result.timeouts,
            non2xx: result.non2xx,
          }),
        reject,
      );
    },
  );
  return {
    answers,
    stop: () => {
      instance.stop();
      return done;
    },
  };
}
