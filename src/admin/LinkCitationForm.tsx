'use client'
import React, { useState } from 'react'
import { postJson, refusalText } from './post-json'

/** Links an unresolved citation to a law by hand; the link is stored and used from then on. */
export function LinkCitationForm({ citation, candidates }: { citation: string; candidates: Array<{ lawId: string; title: string; score: number }> }) {
  const [lawId, setLawId] = useState(candidates[0]?.lawId ?? '')
  const [message, setMessage] = useState<string | null>(null)
  const link = async () => {
    const { ok, status, answer } = await postJson<{ law: { title: string } }>(`/api/laws/${encodeURIComponent(lawId)}/links`, { citation })
    setMessage(ok ? `已关联到《${answer.law?.title}》` : refusalText(answer, status))
  }
  return (
    <span className="quanze-link-citation">
      {' '}
      <input
        aria-label="法规编号 Law id"
        list={`candidates-${citation}`}
        value={lawId}
        onChange={(event) => setLawId(event.target.value)}
        placeholder="法规 ID"
        size={6}
      />
      <datalist id={`candidates-${citation}`}>
        {candidates.map((candidate) => (
          <option key={candidate.lawId} value={candidate.lawId}>{`${candidate.title}（相似度 ${candidate.score}）`}</option>
        ))}
      </datalist>
      <button type="button" onClick={link} disabled={!lawId}>
        关联 Link
      </button>
      {message && <span role="status"> {message}</span>}
    </span>
  )
}
