import { entityOf } from '@shian/demo-refs';
import { dialects, testSubgraph } from '@shian/subgraph-kit/testing';
import { describe, expect, it } from 'vitest';
import subgraph from '../src/schema';
import { linkedGateway } from './gateway';

const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() + 8 * 3_600_000 - n * 86_400_000).toISOString().slice(0, 10);

const CASE_FIELDS = `id number status version violations officers { id name } legalBasis filedOn decidedOn closedOn
  clocks { code status deadline overdue paused } overdue nextStatuses
  pauses { kind startsOn endsOn } penalty { decisionNumber kinds fine } transfer { department status }
  timeline { status label on } documents { title number }
  history { action username actor changes { field label from to } }`;

const MOVE = `mutation($i: CaseMoveInput!) { moveCase(input: $i) { ${CASE_FIELDS} } }`;
const CLUE = `mutation($i: ClueInput!) { createClue(input: $i) { ${CASE_FIELDS} } }`;
const UPDATE = `mutation($i: CaseUpdateInput!) { updateCase(input: $i) { ${CASE_FIELDS} } }`;

describe.each(await dialects())('enforcement mutations on %s', (dialect) => {
  const t = testSubgraph(subgraph, { dialect, seed: true, gateway: linkedGateway });

  const clue = async (overrides: Record<string, unknown> = {}) => {
    const res = await t.execute(CLUE, {
      i: {
        title: '某超市涉嫌经营超过保质期的食品案',
        source: 'COMPLAINT',
        entityId: 'E0050',
        townshipId: '511902002',
        receivedOn: daysAgo(20),
        description: '消费者投诉购买到过期饼干',
        ...overrides,
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createClue;
  };

  it("records the party's name as the register has it, not anything the client sent", async () => {
    const record = await clue();
    const res = await t.execute('query($id: ID!) { case(id: $id) { entity { id name } } }', { id: record.id });
    expect(res.data?.case.entity).toEqual({ id: 'E0050', name: expect.stringMatching(/[\u4e00-\u9fa5]/) });
    expect(res.data?.case.entity.name).toBe(entityOf('E0050').name);
  });

  const move = async (
    record: { id: string; version: number },
    to: string,
    on: string,
    extra: Record<string, unknown> = {},
  ) => t.execute(MOVE, { i: { caseId: record.id, version: record.version, to, on, ...extra } });

  const counts = async () => {
    const res = await t.execute('{ cases { totalCount } transfers { totalCount } seizedItems { totalCount } }');
    // The case history: the audit trail's rows enforcement labels with an action.
    const audit = await t.orm.em
      .fork()
      .getConnection()
      .execute('select count(*) as n from shian_audit where action is not null');
    return JSON.stringify({ ...res.data, audit: Number((audit as { n: number }[])[0]!.n) });
  };

  it('takes a case through its whole lifecycle, with clocks, documents and history', async () => {
    let record = await clue();
    expect(record).toMatchObject({
      status: 'CLUE',
      version: 1,
      number: null,
      nextStatuses: ['FILED', 'NOT_FILED', 'TRANSFERRED'],
    });
    expect(record.clocks.map((c: { code: string }) => c.code)).toEqual(['CASE_FILING']);
    expect(record.history).toHaveLength(1);
    expect(record.history[0]).toMatchObject({ action: '登记线索', username: 'officer', actor: '李执法' });

    const filed = await move(record, 'FILED', daysAgo(18), {
      officerIds: ['IN05', 'IN06'],
      violations: ['EXPIRED'],
      legalBasis: '《中华人民共和国食品安全法》第三十四条第(十)项、第一百二十四条第一款第(五)项',
    });
    expect(filed.errors).toBeUndefined();
    record = filed.data!.moveCase;
    expect(record.status).toBe('FILED');
    expect(record.version).toBe(2);
    expect(record.number).toMatch(new RegExp(`^巴州市监罚立〔${daysAgo(18).slice(0, 4)}〕\\d+号$`));
    expect(record.officers.map((o: { name: string }) => o.name)).toHaveLength(2);
    expect(record.clocks.map((c: { code: string; status: string }) => [c.code, c.status])).toEqual([
      ['CASE_FILING', 'MET'],
      ['CASE_DECISION', 'RUNNING'],
    ]);
    const filing = record.history.at(-1);
    expect(filing.action).toBe('立案');
    expect(filing.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', label: '状态', from: '线索', to: '立案' },
        { field: 'violations', label: '违法行为', from: null, to: '经营超过保质期的食品' },
      ]),
    );

    record = (await move(record, 'INVESTIGATING', daysAgo(17))).data!.moveCase;
    const paused = await t.execute(
      'mutation($i: CasePauseInput!) { pauseCaseClock(input: $i) { id version clocks { code status paused } history { action } } }',
      { i: { caseId: record.id, version: record.version, kind: 'TESTING', startsOn: daysAgo(15), reason: '抽样送检' } },
    );
    expect(paused.errors).toBeUndefined();
    expect(paused.data?.pauseCaseClock.clocks[1]).toMatchObject({
      code: 'CASE_DECISION',
      status: 'PAUSED',
      paused: true,
    });
    record = { ...record, version: paused.data!.pauseCaseClock.version };
    const notWhilePaused = await move(record, 'NOTIFIED', daysAgo(5), {});
    expect(notWhilePaused.errors).toBeUndefined();
    record = notWhilePaused.data!.moveCase;
    const decideWhilePaused = await move(record, 'DECIDED', daysAgo(4), { penalty: { kinds: ['FINE'], fine: 20000 } });
    expect(decideWhilePaused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
    expect(decideWhilePaused.errors?.[0]?.message).toContain('暂停');
    const resumed = await t.execute(
      'mutation($i: CaseResumeInput!) { resumeCaseClock(input: $i) { version pauses { endsOn } } }',
      {
        i: { caseId: record.id, version: record.version, endsOn: daysAgo(8) },
      },
    );
    expect(resumed.errors).toBeUndefined();
    record = { ...record, version: resumed.data!.resumeCaseClock.version };

    const decided = await move(record, 'DECIDED', daysAgo(4), {
      penalty: { kinds: ['FINE', 'CONFISCATE_GAINS'], fine: 20000, confiscatedGains: 360 },
    });
    expect(decided.errors).toBeUndefined();
    record = decided.data!.moveCase;
    expect(record.penalty).toMatchObject({ kinds: ['FINE', 'CONFISCATE_GAINS'], fine: 20000 });
    expect(record.penalty.decisionNumber).toMatch(/^巴州市监罚〔\d{4}〕\d+号$/);
    // Served 4 days later than the 7 allowed? No: served on the 2nd day.
    record = (await move(record, 'EXECUTING', daysAgo(2))).data!.moveCase;
    const progress = await t.execute(
      'mutation($i: PenaltyProgressInput!) { updatePenaltyProgress(input: $i) { version penalty { paidOn publishedOn } } }',
      {
        i: { caseId: record.id, version: record.version, paidOn: daysAgo(1), publishedOn: daysAgo(1) },
      },
    );
    expect(progress.errors).toBeUndefined();
    record = { ...record, version: progress.data!.updatePenaltyProgress.version };
    const closed = await move(record, 'CLOSED', today);
    expect(closed.errors).toBeUndefined();
    record = closed.data!.moveCase;
    expect(record.status).toBe('CLOSED');
    expect(record.nextStatuses).toEqual([]);
    expect(record.clocks.every((c: { status: string }) => c.status === 'MET')).toBe(true);
    expect(record.timeline.map((s: { label: string }) => s.label)).toEqual([
      '线索',
      '立案',
      '调查取证',
      '告知',
      '决定',
      '执行',
      '结案',
    ]);
    expect(record.documents.map((d: { title: string }) => d.title)).toContain('行政处罚决定书');
    expect(record.history.map((h: { action: string }) => h.action)).toEqual([
      '登记线索',
      '立案',
      '调查取证',
      '暂停计时(检测检验)',
      '行政处罚告知',
      '恢复计时(检测检验)',
      '作出行政处罚决定',
      '送达并执行',
      '登记处罚执行情况',
      '结案',
    ]);
  });

  it('refuses an illegal move or a bad input before writing anything', async () => {
    const record = await clue();
    const before = await counts();
    const skip = await move(record, 'DECIDED', today, { penalty: { kinds: ['WARNING'] } });
    expect(skip.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(skip.errors?.[0]?.message).toBe('案件当前为「线索」,不能变更为「决定」(可变更为:立案、不予立案、移送)');
    const oneOfficer = await move(record, 'FILED', today, { officerIds: ['IN05'], violations: ['EXPIRED'] });
    expect(oneOfficer.errors?.[0]).toMatchObject({
      message: '办案人员不得少于2名',
      extensions: { field: 'officerIds' },
    });
    const future = await move(record, 'FILED', '2999-01-01', { officerIds: ['IN05', 'IN06'], violations: ['EXPIRED'] });
    expect(future.errors?.[0]?.extensions?.field).toBe('on');
    const early = await move(record, 'FILED', '2020-01-01', { officerIds: ['IN05', 'IN06'], violations: ['EXPIRED'] });
    expect(early.errors?.[0]?.message).toContain('不能早于');
    const criminalClue = await move(record, 'TRANSFERRED', today, {
      transfer: { department: 'POLICE', kind: 'CRIMINAL', reason: '涉嫌犯罪' },
    });
    expect(criminalClue.errors?.[0]?.message).toContain('立案调查后');
    const noSource = await t.execute(CLUE, {
      i: {
        title: '抽检不合格',
        source: 'SAMPLING',
        entityId: 'E0050',
        townshipId: '511902002',
        receivedOn: today,
        description: 'x',
      },
    });
    expect(noSource.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'disposalId' });
    // Linked records of other subgraphs are checked through the gateway as the writer before anything is written.
    const sampling = {
      title: '抽检不合格',
      source: 'SAMPLING',
      entityId: 'E0050',
      receivedOn: today,
      description: 'x',
    };
    const unknown = await t.execute(CLUE, { i: { ...sampling, disposalId: 'DP-NONE' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'disposalId' });
    expect(unknown.errors?.[0]?.message).toBe('关联的抽检不合格处置 DP-NONE 不存在或不在您的权限范围内');
    const opinion = { ...sampling, source: 'PUBLIC_OPINION', opinionEventId: 'OE-NONE' };
    const unknownEvent = await t.execute(CLUE, { i: opinion });
    expect(unknownEvent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'opinionEventId' });
    expect(await counts()).toBe(before);
    const reread = await t.execute('query($id: ID!) { case(id: $id) { status version history { action } } }', {
      id: record.id,
    });
    expect(reread.data?.case).toEqual({ status: 'CLUE', version: 1, history: [{ action: '登记线索' }] });
    const linked = await clue({ source: 'SAMPLING', disposalId: 'DP000022' });
    const visible = await t.execute('query($id: ID!) { case(id: $id) { disposal { id } } }', { id: linked.id });
    expect(visible.data?.case.disposal).toEqual({ id: 'DP000022' });
    const fromEvent = await clue({ source: 'PUBLIC_OPINION', opinionEventId: 'OE2024001' });
    expect(fromEvent.id).toBeTruthy();
  });

  it('refuses a stale version with CONFLICT, keeping the other person’s change', async () => {
    const record = await clue();
    const first = await t.execute(UPDATE, { i: { caseId: record.id, version: 1, title: '甲修改的案由' } });
    expect(first.errors).toBeUndefined();
    expect(first.data?.updateCase.version).toBe(2);
    const stale = await t.execute(UPDATE, { i: { caseId: record.id, version: 1, title: '乙修改的案由' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain('您修改的是第 1 版,当前已是第 2 版');
    const staleMove = await move(record, 'NOT_FILED', today, { reason: '不予立案' });
    expect(staleMove.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const now = await t.execute(
      'query($id: ID!) { case(id: $id) { title status version history { action changes { to } } } }',
      { id: record.id },
    );
    expect(now.data?.case).toMatchObject({ title: '甲修改的案由', status: 'CLUE', version: 2 });
    expect(now.data?.case.history.map((h: { action: string }) => h.action)).toEqual(['登记线索', '修改案件信息']);
  });

  it('lets exactly one of two concurrent edits of a case win; the history shows exactly one', async () => {
    const record = await clue();
    const edits = await Promise.all([
      t.execute(UPDATE, { i: { caseId: record.id, version: 1, title: '并发修改一' } }),
      t.execute(UPDATE, { i: { caseId: record.id, version: 1, title: '并发修改二' } }),
    ]);
    const won = edits.filter((e) => !e.errors);
    const lost = edits.filter((e) => e.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const now = await t.execute(
      'query($id: ID!) { case(id: $id) { title version history { action changes { field to } } } }',
      { id: record.id },
    );
    expect(now.data?.case.title).toBe(won[0]!.data!.updateCase.title ?? now.data?.case.title);
    expect(now.data?.case.version).toBe(2);
    const edits2 = now.data?.case.history.filter((h: { action: string }) => h.action === '修改案件信息');
    expect(edits2).toHaveLength(1);
    expect(edits2[0].changes).toEqual([{ field: 'title', to: now.data?.case.title }]);
  });

  it('transfers a suspected crime to the police with its seized goods', async () => {
    let record = await clue({
      title: '某酒坊涉嫌生产假冒白酒案',
      entityId: 'E0400',
      townshipId: '511902012',
      receivedOn: daysAgo(10),
    });
    record = (await move(record, 'FILED', daysAgo(9), { officerIds: ['IN11', 'IN12'], violations: ['COUNTERFEIT'] }))
      .data!.moveCase;
    record = (await move(record, 'INVESTIGATING', daysAgo(9))).data!.moveCase;
    const seized = await t.execute(
      'mutation($i: SeizedItemInput!) { recordSeizure(input: $i) { id status clock { code deadline } history { action } } }',
      {
        i: {
          caseId: record.id,
          name: '假冒品牌白酒',
          quantity: 120,
          unit: '瓶',
          measure: 'SEIZE',
          seizedOn: daysAgo(9),
          custodian: '巴州区市场监督管理局',
          location: '区局涉案财物保管室',
        },
      },
    );
    expect(seized.errors).toBeUndefined();
    expect(seized.data?.recordSeizure).toMatchObject({ status: 'SEIZED', clock: { code: 'SEIZURE' } });
    const version = (await t.execute('query($id: ID!) { case(id: $id) { version } }', { id: record.id })).data!.case
      .version;
    const sent = await move({ id: record.id, version }, 'TRANSFERRED', daysAgo(2), {
      transfer: {
        department: 'POLICE',
        kind: 'CRIMINAL',
        reason: '涉嫌假冒注册商标罪',
        copiedToProcuratorate: true,
        handOverSeizedItems: true,
      },
    });
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.moveCase).toMatchObject({
      status: 'TRANSFERRED',
      transfer: { department: 'POLICE', status: 'SENT' },
    });
    const items = await t.execute(
      'query($id: ID!) { case(id: $id) { seizedItems { status custodian releasedOn } history { action } } }',
      { id: record.id },
    );
    expect(items.data?.case.seizedItems).toEqual([
      { status: 'HANDED_OVER', custodian: '区公安分局', releasedOn: daysAgo(2) },
    ]);
    expect(items.data?.case.history.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(['登记涉案财物(扣押)', '移送区公安分局', '随案移交', '移送']),
    );
    const police = await t.execute(
      'query($id: ID!) { case(id: $id) { id status seizedItems { name } } }',
      { id: record.id },
      { as: 'police' },
    );
    expect(police.data?.case).toMatchObject({ status: 'TRANSFERRED', seizedItems: [{ name: '假冒品牌白酒' }] });
  });

  it('records inspections with two inspectors, their publication and rectification', async () => {
    const create =
      'mutation($i: InspectionInput!) { createInspection(input: $i) { id verdict inspectors { name } rectificationDeadline publicationClock { status deadline } rectificationOverdue } }';
    const input = {
      // No township: the server takes the business's own from the register.
      entityId: 'E0300',
      inspectedOn: daysAgo(3),
      kind: 'ROUTINE',
      verdict: 'NON_COMPLIANT',
      inspectorIds: ['IN01', 'IN02'],
      findings: '后厨卫生差',
    };
    const missing = await t.execute(create, { i: input });
    expect(missing.errors?.[0]?.extensions?.field).toBe('rectificationDeadline');
    const one = await t.execute(create, {
      i: { ...input, inspectorIds: ['IN01', 'IN01'], rectificationDeadline: today },
    });
    expect(one.errors?.[0]?.message).toBe('检查人员不得少于2名');
    const retired = await t.execute(create, {
      i: { ...input, inspectorIds: ['IN01', 'IN10'], rectificationDeadline: today },
    });
    expect(retired.errors?.[0]?.message).toContain('不在岗');
    const res = await t.execute(create, { i: { ...input, rectificationDeadline: daysAgo(1) } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createInspection).toMatchObject({
      verdict: 'NON_COMPLIANT',
      rectificationOverdue: true,
      publicationClock: { status: 'RUNNING' },
    });
    const id = res.data!.createInspection.id;
    const published = await t.execute(
      'mutation($id: ID!, $on: LocalDate!) { publishInspection(id: $id, publishedOn: $on) { publishedOn publicationClock { status } } }',
      { id, on: today },
    );
    expect(published.data?.publishInspection).toEqual({ publishedOn: today, publicationClock: { status: 'MET' } });
    const rectified = await t.execute(
      'mutation($id: ID!, $on: LocalDate!) { recordRectification(id: $id, rectifiedOn: $on) { rectifiedOn rectificationOverdue } }',
      { id, on: today },
    );
    expect(rectified.data?.recordRectification).toEqual({ rectifiedOn: today, rectificationOverdue: false });
  });

  it('runs a 双随机 draw that its seed reproduces, and publishes it', async () => {
    const population = Array.from({ length: 30 }, (_, i) => ({ entityId: `E${String(229 + i).padStart(4, '0')}` }));
    const run =
      'mutation($i: RandomDrawInput!) { runDraw(input: $i) { id seed status populationSize poolSize reproducible items { position entity { id } inspectors { id unit } } } }';
    const input = {
      title: '测试双随机抽查',
      drawnOn: today,
      populationCriteria: '餐饮服务(测试)',
      population,
      inspectorUnits: ['餐饮服务食品安全监督管理科', '综合行政执法大队'],
      entityCount: 6,
      inspectorsPerEntity: 2,
      seed: 'test-seed-1',
    };
    const first = await t.execute(run, { i: input });
    expect(first.errors).toBeUndefined();
    const draw = first.data!.runDraw;
    expect(draw).toMatchObject({ seed: 'test-seed-1', status: 'DRAWN', populationSize: 30, reproducible: true });
    expect(draw.items).toHaveLength(6);
    for (const item of draw.items) {
      expect(item.inspectors).toHaveLength(2);
      for (const inspector of item.inspectors) expect(input.inspectorUnits).toContain(inspector.unit);
    }
    const again = await t.execute(run, { i: { ...input, population: [...population].reverse() } });
    expect(again.data!.runDraw.items).toEqual(draw.items);
    const tooMany = await t.execute(run, { i: { ...input, entityCount: 31 } });
    expect(tooMany.errors?.[0]?.extensions?.field).toBe('entityCount');
    const generated = await t.execute(run, { i: { ...input, seed: null } });
    expect(generated.data!.runDraw.seed).toMatch(/^[0-9a-f]{16}$/);
    const published = await t.execute(
      'mutation($id: ID!, $on: LocalDate!) { publishDraw(id: $id, publishedOn: $on) { status publishedOn } }',
      { id: draw.id, on: today },
    );
    expect(published.data?.publishDraw).toEqual({ status: 'PUBLISHED', publishedOn: today });
  });

  it('lets a township officer work only the cases of their township', async () => {
    const other = await clue({ entityId: 'E0051', townshipId: '511902003' });
    const refused = await t.execute(
      UPDATE,
      { i: { caseId: other.id, version: other.version, title: '越权' } },
      { as: 'township' },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await t.execute(
      CLUE,
      {
        i: {
          title: '本辖区线索',
          source: 'COMPLAINT',
          entityId: 'E0049',
          townshipId: '511902001',
          receivedOn: today,
          description: 'x',
        },
      },
      { as: 'township' },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.createClue.history[0]).toMatchObject({ username: 'township', actor: '张监管' });
  });
});
