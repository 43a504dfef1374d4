import { headers } from 'next/headers'
export const dynamic = 'force-dynamic'
export default async function Debug() {
  const h = await headers()
  return <pre>{JSON.stringify(Object.fromEntries(h.entries()), null, 1)}</pre>
}
