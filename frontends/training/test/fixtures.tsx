import { pageAnswer, remoteRenderer } from '@shian/remote-testing';
import { remote } from '../src/App';

/** Renders module routes under `/training` as the shell would, with a real client against the stub. */
export const renderInModule = remoteRenderer(remote, '/training');

export const sessionPage = pageAnswer('trainingSessions', 'TrainingSession', (id) => ({
  title: `小作坊培训第${id}期`,
  audience: 'SMALL_WORKSHOP',
  heldOn: '2024-03-14',
  trainer: '蒲海燕',
  mode: 'ONSITE',
  place: '区局会议室',
  hours: 3,
  attendeeCount: 120,
}));

export const FIGURES = {
  data: {
    workReport: {
      __typename: 'WorkReport',
      year: 2024,
      training: {
        __typename: 'TrainingFigures',
        sessions: 13,
        participants: 2000,
        assessmentBatches: 580,
        resitBatches: 40,
        workshopsUpgraded: 295,
      },
    },
  },
};
