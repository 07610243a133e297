import { Card, Col, Row, Statistic } from '@shian/antd';
import { type TypedDocumentNode, useQuery } from '@shian/graphql-client';
import { thisYearInChina, useT, YearSelect } from '@shian/ui-kit';
import { useState } from 'react';

export interface Figure {
  /** A catalog key, translated here. */
  title: string;
  /** Not there yet (or not answered) reads —. */
  value: number | string | null | undefined;
}

/**
 * The figures of one part of the answer (a work report's `training`), in the order of `titles`: each of the part's
 * fields named there, with its title (a catalog key). A page then states which figures it shows once, by field.
 */
export function figuresOf<Data, Part>(
  part: (data: Data | undefined) => Part | null | undefined,
  titles: { readonly [Field in keyof Part]?: string },
): (data: Data | undefined) => readonly Figure[] {
  return (data) => {
    const values = part(data);
    return (Object.entries(titles) as [keyof Part & string, string][]).map(([field, title]) => ({
      title,
      value: values?.[field] as Figure['value'],
    }));
  };
}

export interface FiguresCardProps<Data> {
  /** The card's title, a catalog key with `{{year}}` (`'{{year}}年培训考核'`), translated here. */
  title: string;
  /** The year's figures (a work report's part), asked by year. */
  query: TypedDocumentNode<Data, { year: number }>;
  /** The figures in a row, from the answer (undefined while it loads): usually `figuresOf(part, titles)`. */
  figures: (data: Data | undefined) => readonly Figure[];
  /** A fixed year (the page's): no year choice. Without it the card has one, in its corner, from `initialYear`. */
  year?: number;
  initialYear?: number;
  /** Each figure's columns of 24 by screen width: two a row on a phone, three then six unless said. */
  span?: { xs?: number; md?: number; xl?: number };
}

/** A year's figures, counted by the subgraph from records: a card of statistics above a page's list. */
export function FiguresCard<Data>(props: FiguresCardProps<Data>) {
  const t = useT();
  const [chosen, setChosen] = useState(() => props.initialYear ?? thisYearInChina());
  const year = props.year ?? chosen;
  const [{ data }] = useQuery({ query: props.query, variables: { year } });
  return (
    <Card
      size="small"
      title={t(props.title, { year })}
      extra={
        props.year === undefined && <YearSelect allowClear={false} value={year} onChange={(y) => y && setChosen(y)} />
      }
      style={{ marginBottom: 16 }}
    >
      <Row gutter={16}>
        {props.figures(data).map((figure) => (
          <Col key={figure.title} {...(props.span ?? { xs: 12, md: 8, xl: 4 })}>
            <Statistic title={t(figure.title)} value={figure.value ?? '—'} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
