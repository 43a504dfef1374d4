import React from 'react'
import type { Locale } from '@/domain/categories'
import type { ProcedureStep } from '@/domain/power-item'
import { fmt, strings, zhLang } from './strings'
import { balancedColumns, layoutProcedure, type FlowLayout } from './procedure-flow'

/**
 * 办理流程 as an inline SVG flow chart, then as an ordered list (the text a screen reader or a
 * search engine reads in full). Two drawings of the same layout function: rows of up to four boxes
 * for wide screens, one column for phones; CSS shows one of them.
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
  const title = fmt(t.procedureTitle, { name: itemName })
  const desc = fmt(t.procedureDesc, {
    n: steps.length,
    steps: steps.map((step, index) => `${index + 1}. ${step.name}${step.deadline ? `（${step.deadline}）` : ''}`).join(locale === 'en' ? '; ' : '；'),
  })
  const wide = layoutProcedure(flowSteps, { columns: balancedColumns(steps.length, 4), boxWidth: 170, gapX: 34, gapY: 42 })
  const narrow = layoutProcedure(flowSteps, { columns: 1, boxWidth: 300, gapY: 30, fontSize: 16, smallFontSize: 13.5 })
  return (
    <div className="flow">
      <FlowSvg layout={wide} id={`${idPrefix}-wide`} title={title} desc={desc} className="flow__svg flow__svg--wide" />
      <FlowSvg layout={narrow} id={`${idPrefix}-narrow`} title={title} desc={desc} className="flow__svg flow__svg--narrow" />
      <ol className="flow__steps" lang={zhLang(locale)}>
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

function FlowSvg({ layout, id, title, desc, className }: { layout: FlowLayout; id: string; title: string; desc: string; className: string }) {
  const { fontSize: fs, smallFontSize: small, lineHeight, padding } = layout
  const badge = fs * 0.62
  return (
    <svg
      className={className}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      style={{ maxWidth: '100%', height: 'auto' }}
      xmlns="http://www.w3.org/2000/svg"
      data-boxes={layout.boxes.length}
      data-arrows={layout.arrows.length}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
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
