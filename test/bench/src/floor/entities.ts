import { createServer, type IncomingMessage } from 'node:http';
import {
  type DocumentNode,
  execute,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  buildSchema,
  parse,
  validate,
} from 'graphql';
import Database from 'libsql';

/**
 * The floor: the least a server can do to answer the bench's page of entities (ENTITIES_PAGE_QUERY) from the
 * entities subgraph's own SQLite file. Plain graphql-js, the same driver (libsql, which the subgraph reaches through
 * MikroORM's knex dialect) and, statement for statement, the SQL the subgraph issues for that query (read from its
 * query log): the page with one extra row, the count only when `totalCount` is asked and the page does not tell it,
 * the licences windowed per entity and the townships by id, each batched per request as the kit's DataLoaders do.
 * No ORM, no decorators, no input validation, no entity hydration, no scope: it verifies nothing of the caller
 * (neither the token nor the gateway credential), so it is a reference for cost, never a server to deploy.
 * Like the driver under the ORM, every statement is prepared anew (knex prepares per query).
 */

const database = process.env.FLOOR_DATABASE;
const port = Number(process.env.PORT);
if (!database || !port) throw new Error('FLOOR_DATABASE (the entities subgraph SQLite file) and PORT are required');

const db = new Database(database);
// What the subgraph's pool runs on each connection that matters to a reader: wait for a writer instead of failing.
db.exec('pragma busy_timeout = 5000');

type Row = Record<string, unknown>;
const all = (sql: string, bindings: unknown[]) => db.prepare(sql).all(bindings) as Row[];

/** The subgraph's types and fields that the page asks for, as its schema.graphql declares them. */
const schema = buildSchema(`
  type Query { entities(first: Int, after: String): EntityConnection }
  type EntityConnection { totalCount: Int! nodes: [Entity!]! pageInfo: PageInfo! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Entity { id: ID! name: String! category: EntityCategory! township: Township! licenses: [License!]! }
  enum EntityCategory { FOOD_PRODUCER FOOD_SELLER CATERING SMALL_WORKSHOP FOOD_VENDOR SCHOOL_CANTEEN COLLECTIVE_DINING ONLINE_CATERING }
  type Township { id: ID! name: String! }
  type License { id: ID! number: String! validUntil: LocalDate! }
  scalar LocalDate
`);

/** DataLoader's schedule without DataLoader: keys asked in one pass of execution become one statement. */
function batcher<V>(run: (keys: string[]) => Map<string, V>) {
  let pending: { keys: string[]; done: Promise<Map<string, V>> } | undefined;
  return (key: string): Promise<V | undefined> => {
    if (!pending) {
      const batch = { keys: [] as string[], done: undefined as unknown as Promise<Map<string, V>> };
      batch.done = Promise.resolve().then(
        () =>
          new Promise<Map<string, V>>((resolve) =>
            process.nextTick(() => {
              pending = undefined;
              resolve(run([...new Set(batch.keys)]));
            }),
          ),
      );
      pending = batch;
    }
    pending.keys.push(key);
    return pending.done.then((found) => found.get(key));
  };
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

interface RequestContext {
  township: (id: string) => Promise<Row | undefined>;
  licenses: (entityId: string) => Promise<Row[] | undefined>;
}

function requestContext(): RequestContext {
  return {
    township: batcher((ids) => {
      const rows = all(
        `select \`t0\`.* from \`township\` as \`t0\` where \`t0\`.\`id\` in (${placeholders(ids.length)})`,
        ids,
      );
      return new Map(rows.map((row) => [row.id as string, row]));
    }),
    licenses: batcher((ids) => {
      const rows = all(
        'select * from (select `e`.*, row_number() over (partition by e.entity_id order by e.valid_until desc, e.id asc) ' +
          `as shian_rn from \`license\` as \`e\` where \`e\`.\`entity_id\` in (${placeholders(ids.length)})) as \`w\` ` +
          'where `w`.`shian_rn` > ? and `w`.`shian_rn` <= ? order by `w`.`shian_rn` asc',
        [...ids, 0, 100],
      );
      const byEntity = new Map<string, Row[]>(ids.map((id) => [id, []]));
      for (const row of rows) byEntity.get(row.entity_id as string)?.push(row);
      return byEntity;
    }),
  };
}

/** The kit's cursors: base64url of `o:<offset>`. */
const offsetOf = (after: unknown) =>
  typeof after === 'string' && after ? Number(Buffer.from(after, 'base64url').toString('utf8').slice(2)) : 0;
const cursorOf = (offset: number) => Buffer.from(`o:${offset}`, 'utf8').toString('base64url');

function entities(_root: unknown, args: { first?: number | null; after?: string | null }) {
  const limit = args.first ?? 20;
  const offset = offsetOf(args.after);
  const order = 'select `e0`.* from `entity` as `e0` order by `e0`.`name` asc, `e0`.`id` asc limit ?';
  const rows = offset ? all(`${order} offset ?`, [limit + 1, offset]) : all(order, [limit + 1]);
  const hasNextPage = rows.length > limit;
  const nodes = hasNextPage ? rows.slice(0, limit) : rows;
  const knownTotal = !hasNextPage && (nodes.length > 0 || offset === 0) ? offset + nodes.length : undefined;
  return {
    nodes,
    pageInfo: { hasNextPage, endCursor: nodes.length > 0 ? cursorOf(offset + nodes.length) : null },
    totalCount: () => knownTotal ?? (all('select count(*) as `count` from `entity` as `e0`', [])[0]?.count as number),
  };
}

const resolvers: Record<string, Record<string, GraphQLFieldResolver<Row, RequestContext>>> = {
  Query: { entities: entities as GraphQLFieldResolver<Row, RequestContext> },
  EntityConnection: { totalCount: (page) => (page.totalCount as () => number)() },
  Entity: {
    township: (entity, _args, ctx) => ctx.township(entity.township_id as string),
    licenses: async (entity, _args, ctx) => (await ctx.licenses(entity.id as string)) ?? [],
  },
  License: { validUntil: (license) => license.valid_until },
};
for (const [typeName, fields] of Object.entries(resolvers)) {
  const type = schema.getType(typeName) as GraphQLObjectType;
  for (const [field, resolve] of Object.entries(fields)) {
    const definition = type.getFields()[field];
    if (!definition) throw new Error(`${typeName}.${field} is not in the floor's schema`);
    definition.resolve = resolve;
  }
}

/** Parsed and validated once per query text, as Apollo Server's document store does for the subgraph. */
const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
function documentOf(query: string): DocumentNode | readonly GraphQLError[] {
  let document = documents.get(query);
  if (!document) {
    try {
      const parsed = parse(query);
      const errors = validate(schema, parsed);
      document = errors.length > 0 ? errors : parsed;
    } catch (error) {
      document = [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
    }
    documents.set(query, document);
  }
  return document;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const server = createServer(async (request, response) => {
  let body: { query: string; variables?: Record<string, unknown> };
  try {
    body = JSON.parse(await readBody(request));
  } catch {
    // Only the bench calls the floor; a body that is not JSON must not bring the process down mid-run.
    response.writeHead(400).end();
    return;
  }
  const document = documentOf(body.query);
  const result =
    'kind' in document
      ? await execute({ schema, document, variableValues: body.variables, contextValue: requestContext() })
      : { errors: document };
  // Apollo Server's serialisation: JSON and a newline, so that the floor's bytes equal the subgraph's.
  const text = `${JSON.stringify(result)}\n`;
  response.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => console.log(`floor (entities) ready on ${port}`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    db.close();
    process.exit(0);
  });
}
