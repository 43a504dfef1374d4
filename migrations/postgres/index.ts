import * as migration_20261127_213459_initial from './20261127_213459_initial';

export const migrations = [
  {
    up: migration_20261127_213459_initial.up,
    down: migration_20261127_213459_initial.down,
    name: '20261127_213459_initial'
  },
];
