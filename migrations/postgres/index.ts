import * as migration_20261202_041249_initial from './20261202_041249_initial';
import * as migration_20261202_043648_laws from './20261202_043648_laws';

export const migrations = [
  {
    up: migration_20261202_041249_initial.up,
    down: migration_20261202_041249_initial.down,
    name: '20261202_041249_initial',
  },
  {
    up: migration_20261202_043648_laws.up,
    down: migration_20261202_043648_laws.down,
    name: '20261202_043648_laws'
  },
];
