/** What a refusal of the API carries (problem+json). */
export interface Refusal {
  title?: string
  detail?: string
  errors?: Array<{ path: string; message: string }>
}

/**
 * A POST to the API as the logged-in user (the admin's session cookie), with an optional JSON body;
 * the answer parsed, whatever its status: `T` when it went through, a refusal when it did not.
 */
export async function postJson<T extends object>(path: string, body?: unknown): Promise<{ ok: boolean; status: number; answer: Refusal & Partial<T> }> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'include',
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  })
  return { ok: response.ok, status: response.status, answer: await response.json().catch(() => ({})) }
}

/** What the admin shows of a refusal: its detail (Chinese, then the English), else its title and status. */
export function refusalText(answer: Refusal, status: number): string {
  return answer.detail ?? `${answer.title ?? ''} (HTTP ${status})`
}
