/**
 * Jobs run one at a time, urgent ones first. The search builds its segments this way (services/
 * search.ts): a list that has just come into force must not wait behind the lists of past dates
 * an anonymous reader asked for, which can be hundreds of builds at province scale. Among jobs of
 * the same urgency the first come is served first.
 */
export class OneAtATime {
  private readonly urgent: Array<() => void> = []
  private readonly rest: Array<() => void> = []
  private running = false

  run<T>(job: () => Promise<T>, { urgent }: { urgent: boolean }): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () =>
        Promise.resolve()
          .then(job)
          .then(resolve, reject)
          .finally(() => this.next())
      ;(urgent ? this.urgent : this.rest).push(start)
      if (!this.running) this.next()
    })
  }

  private next(): void {
    const start = this.urgent.shift() ?? this.rest.shift()
    this.running = start !== undefined
    start?.()
  }
}
