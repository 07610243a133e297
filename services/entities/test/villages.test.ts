import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_TOWNSHIP_ID, DEMO_VILLAGE_ID } from '@shian/auth';
import { HolidayCalendar, deadlineOf } from '@shian/clock';
import { clientError, forbidden } from '@shian/subgraph-kit';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VillageReport } from '../src/entities';
import subgraph from '../src/schema';
import { triageRule } from '../src/villages/clock';
import { FilesystemPhotoStore, S3PhotoStore, setPhotoStore } from '../src/villages/photo-store';
import { MAX_PHOTO_BYTES } from '../src/villages/photos';

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

/** The seed's reports: 1–3 the demo liaison's (village 511902001201), 4 in 511902002, 5 in 511902010. */
const report = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A real (tiny) JPEG header and body: the type is checked by the file's first bytes. */
const jpeg = (bytes: number) => {
  const buffer = Buffer.alloc(bytes, 7);
  buffer.set([0xff, 0xd8, 0xff, 0xe0]);
  return buffer.toString('base64');
};

describe('the triage clock (bureau calendar)', () => {
  const calendar = HolidayCalendar.chinese([]);
  it('counts 3 working days from the day after receipt, over a weekend', () => {
    // Friday 7 March 2025: Monday, Tuesday, Wednesday.
    expect(deadlineOf(triageRule(3), '2025-03-07', calendar)).toBe('2025-03-12');
  });
  it('skips the National Day holiday and counts its make-up Saturday', () => {
    // Tuesday 30 September 2025; 1–8 October off; Saturday 11 October a working day.
    expect(deadlineOf(triageRule(3), '2025-09-30', calendar)).toBe('2025-10-11');
  });
});

describe('the S3 store signs requests with SigV4', () => {
  it('sends a signed PUT to the bucket path and reads the object back', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const store = new S3PhotoStore(
      {
        endpoint: 'http://minio:9000',
        bucket: 'shian',
        region: 'cn-chengdu',
        accessKeyId: 'AK',
        secretAccessKey: 'SK',
      },
      (async (url: URL, init: RequestInit) => {
        seen.push({ url: String(url), init });
        return new Response(init.method === 'GET' ? 'bytes' : null, { status: 200 });
      }) as unknown as typeof fetch,
    );
    const key = `${'a'.repeat(8)}-aaaa-4aaa-8aaa-${'a'.repeat(12)}/1.jpg`;
    await store.put(key, Buffer.from('x'), 'image/jpeg');
    expect(seen[0]!.url).toBe(`http://minio:9000/shian/village-photos/${key}`);
    const headers = seen[0]!.init.headers as Record<string, string>;
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AK\/\d{8}\/cn-chengdu\/s3\/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
    expect(String(await store.get(key))).toBe('bytes');
    await expect(store.put('../../etc/passwd', Buffer.from('x'), 'image/jpeg')).rejects.toThrow('refusing key');
  });
});

describe.each(await dialects())('villages, stations and village reports on %s', (dialect) => {
  // What risk and enforcement hold: records made by the first step of a triage, carrying their report's id.
  const remote = new Map<string, { township: string; villageReportId: string }>();
  let failRemote = false;
  const linked = (root: string) => (variables: Record<string, any>, ctx: any) => {
    if (failRemote) throw clientError('SERVICE_UNAVAILABLE', 'down');
    const record = remote.get(variables.id);
    if (!record) return { [root]: null };
    if (
      !['leader', 'officer', 'township'].includes(ctx.identity.role) ||
      (ctx.identity.role === 'township' && ctx.identity.townshipId !== record.township)
    )
      throw forbidden();
    return { [root]: { id: variables.id, villageReportId: record.villageReportId } };
  };
  const t = testSubgraph(subgraph, {
    dialect,
    seed: true,
    gateway: {
      CalendarOverrides: () => ({ calendarOverrides: [] }),
      ShianLinkedVillageClue: linked('case'),
      ShianLinkedVillageHazard: linked('hazard'),
    },
  });
  const photos = mkdtempSync(path.join(os.tmpdir(), 'shian-village-photos-'));
  const files = () => readdirSync(photos, { recursive: true }).filter((f) => String(f).includes('.')).length;
  const reports = () => t.orm.em.fork().count(VillageReport);

  beforeAll(() => setPhotoStore(new FilesystemPhotoStore(photos)));
  afterAll(() => setPhotoStore(undefined));

  it('lists villages: all for district staff, own township for its officer, own village for a liaison', async () => {
    const all = await t.execute('{ villages { id kind township { id } } }');
    expect(all.errors).toBeUndefined();
    expect(new Set(all.data!.villages.map((v: { township: { id: string } }) => v.township.id)).size).toBe(22);
    const own = await t.execute('{ villages { id } }', {}, { as: 'township' });
    expect(own.data!.villages.every((v: { id: string }) => v.id.startsWith(DEMO_TOWNSHIP_ID))).toBe(true);
    expect(codes(await t.execute('{ villages(townshipId: "511902002") { id } }', {}, { as: 'township' }))).toEqual([
      'FORBIDDEN',
    ]);
    const liaison = await t.execute(
      `{ villages(townshipId: "${DEMO_TOWNSHIP_ID}") { id name } }`,
      {},
      { as: 'village' },
    );
    expect(liaison.data!.villages.map((v: { id: string }) => v.id)).toEqual([DEMO_VILLAGE_ID]);
    expect(codes(await t.execute('{ villages { id } }', {}, { as: 'police' }))).toEqual(['FORBIDDEN']);
  });

  it('shows a liaison only their village’s businesses, and nothing else of the register', async () => {
    const theirs = await t.execute(
      '{ entities(first: 100) { totalCount nodes { id village { id } } } }',
      {},
      {
        as: 'village',
      },
    );
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.entities.totalCount).toBeGreaterThan(0);
    expect(
      theirs.data!.entities.nodes.every((e: { village: { id: string } }) => e.village.id === DEMO_VILLAGE_ID),
    ).toBe(true);
    // Another village of the same township: a filter cannot widen the scope, and by id it is FORBIDDEN.
    const township = await t.execute(
      `{ entities(first: 100, filter: { townshipId: "${DEMO_TOWNSHIP_ID}" }) { nodes { id village { id } } } }`,
    );
    const other = township.data!.entities.nodes.find(
      (e: { village: { id: string } | null }) => e.village?.id !== DEMO_VILLAGE_ID,
    );
    expect(codes(await t.execute(`{ entity(id: "${other.id}") { id } }`, {}, { as: 'village' }))).toEqual([
      'FORBIDDEN',
    ]);
    const own = theirs.data!.entities.nodes[0].id;
    expect(codes(await t.execute(`{ entity(id: "${own}") { id licenses { id } } }`, {}, { as: 'village' }))).toEqual([
      'FORBIDDEN',
    ]);
    for (const query of [
      '{ townships { id } }',
      '{ officials(first: 5) { totalCount } }',
      '{ supervisionStations { id } }',
    ])
      expect(codes(await t.execute(query, {}, { as: 'village' })), query).toEqual(['FORBIDDEN']);
    const write = await t.execute(
      `mutation { updateEntity(id: "${own}", input: { phone: "0827-1234567" }) { id } }`,
      {},
      { as: 'village' },
    );
    expect(codes(write)).toEqual(['FORBIDDEN']);
  });

  it('records a business’s village only within its township', async () => {
    const entity = (
      await t.execute(`{ entities(first: 1, filter: { townshipId: "511902003" }) { nodes { id version } } }`)
    ).data!.entities.nodes[0];
    const wrong = await t.execute(
      `mutation { updateEntity(id: "${entity.id}", input: { villageId: "${DEMO_VILLAGE_ID}" }) { id } }`,
    );
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors![0]!.extensions!.field).toBe('villageId');
    const right = await t.execute(
      `mutation { updateEntity(id: "${entity.id}", input: { villageId: "511902003201" }) { village { id name kind } } }`,
    );
    expect(right.data!.updateEntity.village).toMatchObject({ id: '511902003201', kind: 'VILLAGE' });
  });

  it('lists supervision stations covering every township, and lets district staff tick the checklist', async () => {
    const all = await t.execute(
      '{ supervisionStations { id version townships { id } officers { name } checklist { key done } } }',
    );
    const covered = all.data!.supervisionStations.flatMap((s: { townships: { id: string }[] }) =>
      s.townships.map((x) => x.id),
    );
    expect(new Set(covered).size).toBe(22);
    const mine = await t.execute('{ supervisionStations { id } }', {}, { as: 'township' });
    expect(mine.data!.supervisionStations).toHaveLength(1);
    const station = all.data!.supervisionStations.find((s: { id: string }) => s.id === 'ST06');
    const done = await t.execute(
      `mutation { setStationChecklistItem(stationId: "ST06", version: ${station.version}, key: "FILES", done: true, doneOn: "2025-01-10") { checklistDone checklist { key done doneOn } } }`,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.setStationChecklistItem.checklist.find((i: { key: string }) => i.key === 'FILES')).toEqual({
      key: 'FILES',
      done: true,
      doneOn: '2025-01-10',
    });
    expect(codes(await t.execute('{ supervisionStations { id } }', {}, { as: 'education' }))).toEqual(['FORBIDDEN']);
  });

  const REPORT = `mutation($i: VillageReportInput!) { reportFromVillage(input: $i) {
    id status receivedOn dueOn overdue entityName village { id } township { id } photos { index contentType size dataUrl } } }`;

  it('takes a liaison’s report with photos into their township’s queue, on the triage clock', async () => {
    const own = (await t.execute('{ entities(first: 1) { nodes { id name } } }', {}, { as: 'village' })).data!.entities
      .nodes[0];
    const res = await t.execute(
      REPORT,
      {
        i: {
          kind: 'HAZARD',
          entityId: own.id,
          description: '后厨老鼠屎',
          photos: [{ contentType: 'image/jpeg', dataBase64: jpeg(2000) }],
        },
      },
      { as: 'village' },
    );
    expect(res.errors).toBeUndefined();
    const created = res.data!.reportFromVillage;
    expect(created).toMatchObject({
      status: 'PENDING',
      overdue: false,
      entityName: own.name,
      village: { id: DEMO_VILLAGE_ID },
    });
    expect(created.dueOn > created.receivedOn).toBe(true);
    expect(created.photos[0]).toMatchObject({ index: 1, contentType: 'image/jpeg', size: 2000 });
    expect(created.photos[0].dataUrl).toMatch(/^data:image\/jpeg;base64,\/9j\//);
    const queue = await t.execute(
      '{ villageReports(first: 50, filter: { status: PENDING }) { nodes { id } } }',
      {},
      { as: 'township' },
    );
    expect(queue.data!.villageReports.nodes.map((n: { id: string }) => n.id)).toContain(created.id);
    // A business of another village is refused, naming the field.
    const elsewhere = await t.execute(
      REPORT,
      { i: { kind: 'CLUE', entityId: 'E0002', description: '别村的' } },
      { as: 'village' },
    );
    expect(codes(elsewhere)).toEqual(['BAD_USER_INPUT']);
    expect(elsewhere.errors![0]!.extensions!.field).toBe('entityId');
  });

  it('refuses a photo over the limit, or not a picture, writing nothing', async () => {
    const [rows, stored] = [await reports(), files()];
    const big = await t.execute(
      REPORT,
      {
        i: {
          kind: 'CLUE',
          entityName: '某摊点',
          description: '照片太大',
          photos: [
            { contentType: 'image/jpeg', dataBase64: jpeg(1000) },
            { contentType: 'image/jpeg', dataBase64: jpeg(MAX_PHOTO_BYTES + 1) },
          ],
        },
      },
      { as: 'village' },
    );
    expect(codes(big)).toEqual(['BAD_USER_INPUT']);
    expect(big.errors![0]!.extensions!.field).toBe('photos.1');
    const fake = await t.execute(
      REPORT,
      {
        i: {
          kind: 'CLUE',
          entityName: '某摊点',
          description: '不是图片',
          photos: [{ contentType: 'image/png', dataBase64: jpeg(100) }],
        },
      },
      { as: 'village' },
    );
    expect(codes(fake)).toEqual(['BAD_USER_INPUT']);
    const many = Array.from({ length: 7 }, () => ({ contentType: 'image/jpeg', dataBase64: jpeg(10) }));
    expect(
      codes(
        await t.execute(
          REPORT,
          { i: { kind: 'CLUE', entityName: 'x', description: 'x', photos: many } },
          { as: 'village' },
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect([await reports(), files()]).toEqual([rows, stored]);
  });

  it('shows each caller only the reports in their scope', async () => {
    const ids = async (as: string) =>
      (
        (await t.execute('{ villageReports(first: 100) { nodes { id } } }', {}, { as })).data?.villageReports?.nodes ??
        []
      ).map((n: { id: string }) => n.id);
    const liaison = await ids('village');
    expect(liaison).toContain(report(1));
    expect(liaison).not.toContain(report(4));
    const township = await ids('township');
    expect(township).toContain(report(1));
    expect(township).not.toContain(report(4));
    expect(await ids('officer')).toEqual(expect.arrayContaining([report(1), report(4), report(5)]));
    expect(codes(await t.execute(`{ villageReport(id: "${report(4)}") { id } }`, {}, { as: 'township' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await t.execute(`{ villageReport(id: "${report(4)}") { id } }`, {}, { as: 'village' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await t.execute('{ villageReports(first: 5) { totalCount } }', {}, { as: 'police' }))).toEqual([
      'FORBIDDEN',
    ]);
    // The seed's March 2025 reports are long past their clock.
    const overdue = await t.execute(
      '{ villageReports(first: 50, filter: { overdue: true }) { nodes { id overdue } } }',
    );
    expect(overdue.data!.villageReports.nodes.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining([report(1), report(4)]),
    );
    expect(overdue.data!.villageReports.nodes.every((n: { overdue: boolean }) => n.overdue)).toBe(true);
  });

  const version = async (id: string) =>
    (await t.execute(`{ villageReport(id: "${id}") { version status } }`)).data!.villageReport.version as number;

  const TURN_CLUE = (id: string, v: number, caseId: string) =>
    `mutation { turnVillageReportIntoClue(id: "${id}", version: ${v}, caseId: "${caseId}") { status caseId triagedBy } }`;

  it('links a report to the clue made from it, checked through the gateway, and the liaison sees the outcome', async () => {
    remote.set('clue-1', { township: DEMO_TOWNSHIP_ID, villageReportId: report(1) });
    remote.set('clue-other', { township: DEMO_TOWNSHIP_ID, villageReportId: report(3) });
    const v = await version(report(1));
    // Unknown, made from another report, or the owner unreachable: refused, the report still pending.
    for (const [caseId, code] of [
      ['no-such-clue', 'BAD_USER_INPUT'],
      ['clue-other', 'BAD_USER_INPUT'],
    ] as const) {
      const res = await t.execute(TURN_CLUE(report(1), v, caseId), {}, { as: 'township' });
      expect(codes(res), caseId).toEqual([code]);
      expect(res.errors![0]!.extensions!.field).toBe('caseId');
    }
    failRemote = true;
    expect(codes(await t.execute(TURN_CLUE(report(1), v, 'clue-1'), {}, { as: 'township' }))).toEqual([
      'SERVICE_UNAVAILABLE',
    ]);
    failRemote = false;
    expect(await version(report(1))).toBe(v);
    const res = await t.execute(TURN_CLUE(report(1), v, 'clue-1'), {}, { as: 'township' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.turnVillageReportIntoClue).toEqual({ status: 'CLUE', caseId: 'clue-1', triagedBy: '张监管' });
    const seen = await t.execute(`{ villageReport(id: "${report(1)}") { status caseId } }`, {}, { as: 'village' });
    expect(seen.data!.villageReport).toEqual({ status: 'CLUE', caseId: 'clue-1' });
    const again = await t.execute(
      `mutation { dismissVillageReport(id: "${report(1)}", version: ${v + 1}, reason: "重复") { id } }`,
      {},
      { as: 'township' },
    );
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
  });

  it('links a report to its hazard, and dismisses another with its reason', async () => {
    remote.set('hazard-1', { township: DEMO_TOWNSHIP_ID, villageReportId: report(2) });
    const res = await t.execute(
      `mutation { turnVillageReportIntoHazard(id: "${report(2)}", version: 1, hazardId: "hazard-1") { status hazardId } }`,
      {},
      { as: 'township' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.turnVillageReportIntoHazard).toEqual({ status: 'HAZARD', hazardId: 'hazard-1' });
    const liaisonTries = await t.execute(
      `mutation { dismissVillageReport(id: "${report(4)}", version: 1, reason: "协管员不能分办") { id } }`,
      {},
      { as: 'village' },
    );
    expect(codes(liaisonTries)).toEqual(['FORBIDDEN']);
    const dismissed = await t.execute(
      `mutation { dismissVillageReport(id: "${report(4)}", version: 1, reason: "经核实为合法经营") { status dismissReason } }`,
      {},
      { as: 'officer' },
    );
    expect(dismissed.data!.dismissVillageReport).toEqual({ status: 'DISMISSED', dismissReason: '经核实为合法经营' });
  });

  it('lets leaders only change the triage clock, which applies to reports received afterwards', async () => {
    for (const as of ['officer', 'township', 'village'])
      expect(
        codes(
          await t.execute('mutation { setVillageReportTriageDays(workingDays: 5) { triageWorkingDays } }', {}, { as }),
        ),
        as,
      ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await t.execute(
          'mutation { setVillageReportTriageDays(workingDays: 0) { triageWorkingDays } }',
          {},
          { as: 'admin' },
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const set = await t.execute(
      'mutation { setVillageReportTriageDays(workingDays: 10) { triageWorkingDays updatedBy } }',
      {},
      { as: 'admin' },
    );
    expect(set.data!.setVillageReportTriageDays).toEqual({ triageWorkingDays: 10, updatedBy: '王局长' });
    const res = await t.execute(
      REPORT,
      { i: { kind: 'CLUE', entityName: '某摊点', description: '十天' } },
      { as: 'village' },
    );
    const { receivedOn, dueOn } = res.data!.reportFromVillage;
    expect(dueOn).toBe(deadlineOf(triageRule(10), receivedOn, HolidayCalendar.chinese([])));
  });
});
