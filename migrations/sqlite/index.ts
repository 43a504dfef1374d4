import * as migration_20261127_205255_initial from './20261127_205255_initial';

export const migrations = [
  {
    up: migration_20261127_205255_initial.up,
    down: migration_20261127_205255_initial.down,
    name: '20261127_205255_initial'
  },
];
