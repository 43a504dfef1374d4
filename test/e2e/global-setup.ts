import { buildIsCurrent, buildNext } from '../../src/cli/build'

/** Browser suites run against the production build; (re)build it once, before any suite starts. */
export default function setup() {
  if (!buildIsCurrent()) buildNext()
}
