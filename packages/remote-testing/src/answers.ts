/** A business as the kit's `EntityPicker` lists it: its id, name and township. */
export interface EntityOption {
  id: string;
  name: string;
  township: { id: string; name: string };
}

/**
 * A picker's answer (an `…Options` operation): `field`, a connection of `typename` records holding just these nodes,
 * as the pickers ask for them (no count, no page).
 */
export const optionsAnswer = (field: string, typename: string, nodes: object[]) => () => ({
  data: {
    [field]: {
      __typename: `${typename}Connection`,
      nodes: nodes.map((node) => ({ __typename: typename, ...node })),
    },
  },
});

/** The kit's `EntityPicker`'s answer (`EntityOptions`): these businesses of the register (none unless given). */
export const entityOptions = (...entities: EntityOption[]) =>
  optionsAnswer(
    'entities',
    'Entity',
    entities.map((entity) => ({ ...entity, township: { __typename: 'Township', ...entity.township } })),
  );

/** An officer as the pickers of officers list them. */
export interface InspectorOption {
  id: string;
  name: string;
  unit?: string;
  badgeNumber?: string;
}

/**
 * An `inspectors` answer (the operations that list officers to pick: `EnforcementInspectors`,
 * `TrainingOfficerOptions`…): these officers (none unless given).
 */
export const inspectorOptions = (...inspectors: InspectorOption[]) =>
  optionsAnswer('inspectors', 'Inspector', inspectors);

/**
 * The gateway's refusal of an operation: its message and extensions (`code`, and `field` for a refusal that belongs
 * next to a form's field).
 */
export const refusal = (message: string, extensions: { code: string; field?: string; [key: string]: unknown }) => ({
  errors: [{ message, extensions }],
});

/**
 * One operation's answers in turn, the last one repeated: a refusal first, then what the gateway answers once the
 * form is corrected (`UpdateCase: inTurn(refusal('…', { code: 'BAD_USER_INPUT', field: 'title' }), { data: … })`).
 */
export const inTurn = (...answers: object[]) => {
  let next = 0;
  return () => answers[Math.min(next++, answers.length - 1)]!;
};

/**
 * A factory of a list's rows: `(id, overrides)` gives the `typename` record `id` with these fields (made from the id),
 * `overrides` on top.
 */
export const rowFactory =
  <T extends object>(typename: string, fields: (id: string) => T) =>
  (id: string, overrides: object = {}) => ({ __typename: typename, id, ...fields(id), ...overrides });

/**
 * A list page's answer, as a function of the page: `(ids, hasNextPage, totalCount = 3)` answers `field`, a connection
 * of the `typename` records with these ids (their fields made from the id), its cursor at the last one.
 */
export const pageAnswer =
  (field: string, typename: string, fields: (id: string) => object) =>
  (ids: string[], hasNextPage: boolean, totalCount = 3) => ({
    data: {
      [field]: {
        __typename: `${typename}Connection`,
        totalCount,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: ids.at(-1) },
        nodes: ids.map((id) => ({ __typename: typename, id, ...fields(id) })),
      },
    },
  });
