'use client'
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

/** A proposal row reads "修改 XK-00002-000 内资公司登记" instead of "Change 02". */
const ACTIONS: Record<string, string> = { add: '新增', modify: '修改', repeal: '取消' }

export function ChangeRowLabel() {
  const { data, rowNumber } = useRowLabel<{ action?: string; code?: string; item?: { name?: string } }>()
  const action = ACTIONS[data?.action ?? ''] ?? '变更'
  return (
    <span>
      {action} {data?.code || `#${(rowNumber ?? 0) + 1}`} {data?.action !== 'repeal' ? (data?.item?.name ?? '') : ''}
    </span>
  )
}
