import React from 'react'
import type { Locale } from '@/domain/categories'
import type { ProcedureStep } from '@/domain/power-item'
import { fmt, strings, zhLang } from './strings'
import { balancedColumns, layoutProcedure, type FlowLayout } from './procedure-flow'

/**
 * 办理流程 drawn once for each screen. Wide screens: an inline SVG flow chart (rows of up to four
 * boxes), then the ordered list of steps with what each involves; where no step says more than its
 * name and deadline the chart already shows everything, and the list is kept for screen readers
 * only. Phones: the list alone, styled as a numbered vertical flow (CSS), since a one-column chart
 * followed by the same steps as text was the procedure twice over. The chart is labelled by its
 * title and described by the list.
 */
export function ProcedureFlow({
  steps,
  locale,
  itemName,
  idPrefix = 'flow',
}: {
  steps: readonly ProcedureStep[]
  locale: Locale
  itemName: string
  idPrefix?: string
}) {
  const t = strings(locale)
  if (steps.length === 0) return <p className="muted">{t.noProcedure}</p>
  const flowSteps = steps.map((step) => ({ name: step.name, deadline: step.deadline ? fmt(t.stepDeadline, { deadline: step.deadline }) : null }))
  const layout = layoutProcedure(flowSteps, { columns: balancedColumns(steps.length, 4), boxWidth: 170, gapX: 34, gapY: 42 })
  const listId = `${idPrefix}-steps`
  const namesOnly = steps.every((step) => !step.description)
  return (
    <div className={namesOnly ? 'flow flow--names-only' : 'flow'}>
      <FlowSvg layout={layout} id={idPrefix} title={fmt(t.procedureTitle, { name: itemName })} describedBy={listId} />
      <ol id={listId} className="flow__steps" lang={zhLang(locale)}>
        {steps.map((step, index) => (
          <li key={index}>
            <h3 className="flow__step-name">{step.name}</h3>
            {step.deadline && <p className="flow__step-deadline">{fmt(t.stepDeadline, { deadline: step.deadline })}</p>}
            {step.description && <p>{step.description}</p>}
          </li>
        ))}
      </ol>
    </div>
  )
}

function FlowSvg({ layout, id, title, describedBy }: { layout: FlowLayout; id: string; title: string; describedBy: string }) {
  const { fontSize: fs, smallFontSize: small, lineHeight, padding } = layout
  const badge = fs * 0.62
  return (
    <svg
      className="flow__svg"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={describedBy}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      style={{ maxWidth: '100%', height: 'auto' }}
      xmlns="http://www.w3.org/2000/svg"
      data-boxes={layout.boxes.length}
      data-arrows={layout.arrows.length}
    >
      <title id={`${id}-title`}>{title}</title>
      <defs>
        <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="flow__arrowhead" />
        </marker>
      </defs>
      {layout.arrows.map((arrow) => (
        <polyline key={`a${arrow.from}`} className="flow__arrow" points={arrow.points.map(([x, y]) => `${x},${y}`).join(' ')} markerEnd={`url(#${id}-arrow)`} />
      ))}
      {layout.boxes.map((box) => {
        // the text block centred in the box (boxes share the height of the tallest)
        const block = box.nameLines.length * fs * lineHeight + (box.deadlineLines.length ? 4 + box.deadlineLines.length * small * lineHeight : 0)
        const top = box.y + (box.height - block) / 2
        const nameTop = top + fs
        const deadlineTop = top + box.nameLines.length * fs * lineHeight + 4 + small
        return (
          <g key={box.index} className="flow__box">
            <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={8} />
            <circle cx={box.x + padding + badge} cy={top + fs * 0.62} r={badge} className="flow__badge" />
            <text
              x={box.x + padding + badge}
              y={top + fs * 0.62}
              className="flow__badge-text"
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={fs * 0.75}
            >
              {box.index + 1}
            </text>
            <text className="flow__name" fontSize={fs}>
              {box.nameLines.map((line, i) => (
                <tspan key={i} x={box.x + padding + fs * 1.6} y={nameTop + i * fs * lineHeight - fs * 0.12}>
                  {line}
                </tspan>
              ))}
            </text>
            {box.deadlineLines.length > 0 && (
              <text className="flow__deadline" fontSize={small}>
                {box.deadlineLines.map((line, i) => (
                  <tspan key={i} x={box.x + padding} y={deadlineTop + i * small * lineHeight - small * 0.12}>
                    {line}
                  </tspan>
                ))}
              </text>
            )}
          </g>
        )
      })}
    </svg>
  )
}
