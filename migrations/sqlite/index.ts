import * as migration_20261127_213448_initial from './20261127_213448_initial';

export const migrations = [
  {
    up: migration_20261127_213448_initial.up,
    down: migration_20261127_213448_initial.down,
    name: '20261127_213448_initial'
  },
];
