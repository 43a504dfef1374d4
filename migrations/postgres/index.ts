import * as migration_20261127_205309_initial from './20261127_205309_initial';

export const migrations = [
  {
    up: migration_20261127_205309_initial.up,
    down: migration_20261127_205309_initial.down,
    name: '20261127_205309_initial'
  },
];
