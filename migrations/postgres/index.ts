import * as migration_20261202_041249_initial from './20261202_041249_initial';

export const migrations = [
  {
    up: migration_20261202_041249_initial.up,
    down: migration_20261202_041249_initial.down,
    name: '20261202_041249_initial'
  },
];
