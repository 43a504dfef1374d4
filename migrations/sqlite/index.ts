import * as migration_20261202_041222_initial from './20261202_041222_initial';
import * as migration_20261202_043612_laws from './20261202_043612_laws';
import * as migration_20261202_053406_logins_without_lockout from './20261202_053406_logins_without_lockout';
import * as migration_20261202_070801_item_contents from './20261202_070801_item_contents';
import * as migration_20261203_063834_review_comments from './20261203_063834_review_comments';

export const migrations = [
  {
    up: migration_20261202_041222_initial.up,
    down: migration_20261202_041222_initial.down,
    name: '20261202_041222_initial',
  },
  {
    up: migration_20261202_043612_laws.up,
    down: migration_20261202_043612_laws.down,
    name: '20261202_043612_laws',
  },
  {
    up: migration_20261202_053406_logins_without_lockout.up,
    down: migration_20261202_053406_logins_without_lockout.down,
    name: '20261202_053406_logins_without_lockout',
  },
  {
    up: migration_20261202_070801_item_contents.up,
    down: migration_20261202_070801_item_contents.down,
    name: '20261202_070801_item_contents',
  },
  {
    up: migration_20261203_063834_review_comments.up,
    down: migration_20261203_063834_review_comments.down,
    name: '20261203_063834_review_comments'
  },
];
