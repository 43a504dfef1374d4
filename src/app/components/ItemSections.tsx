import React from 'react'
import { diffItem } from '@/domain/diff'
import { FIELD_LABELS, schemaPathOf } from '@/domain/diff/field-labels'
import type { ItemVersion } from '@/domain/item-history'
import type { Locale } from '@/domain/locales'
import type { Deadline, PowerItem } from '@/domain/power-item'
import { inScript } from '@/domain/script'
import type { SnapshotHead } from '@/services/public-read'
import { categoryLabel, changeLabel, deadlineText, pick, stageLabel } from './labels'
import { ProcedureFlow } from './ProcedureFlow'
import { strings, zhLang, type Strings } from './strings'
import { urls } from './urls'
import { lawStatusLabel } from './law-strings'
import type { LawStatus } from '@/domain/laws/law'

/** The sections of the item page, one component each, in the order a reader looks for them. */
export interface ItemContext {
  /** its main item and sub-items in the list in force, localized (none when it is not in force) */
  parent: PowerItem | null
  subItems: readonly PowerItem[]
  dept: string
  departmentName: string
  /** the effective date of the list the item is shown from */
  shownFrom: string
  /** `asOf`, carried on links to other items */
  itemQuery: { asOf?: string }
  /** the law each legal basis resolves to in the register (by index), with its status on the date shown */
  basisLaws: ReadonlyArray<{ lawId: string; status: LawStatus } | null>
}

interface SectionProps {
  item: PowerItem
  locale: Locale
  t: Strings
  /** `lang` for item text */
  zh: 'zh-Hans' | undefined
  context: ItemContext
}

const SECTIONS = [Overview, LegalBasis, Conditions, Materials, Procedure, Deadlines, Fees, Responsibilities, Accountability, Phones, Remarks]

export function ItemSections({ item, locale, ...context }: { item: PowerItem; locale: Locale } & ItemContext) {
  const props: SectionProps = { item, locale, t: strings(locale), zh: zhLang(locale), context }
  return (
    <>
      {SECTIONS.map((Section, index) => (
        <Section key={index} {...props} />
      ))}
    </>
  )
}

function Overview({ item, locale, t, zh, context }: SectionProps) {
  const { dept, itemQuery, departmentName, shownFrom, parent, subItems } = context
  return (
    <section aria-labelledby="basic-title">
      <h2 id="basic-title" className="visually-hidden">
        {t.overview}
      </h2>
      <dl className="facts facts--grid">
        <div>
          <dt>{t.itemCode}</dt>
          <dd>
            <code>{item.code}</code>
          </dd>
        </div>
        <div>
          <dt>{t.category}</dt>
          <dd>{categoryLabel(item.category, locale)}</dd>
        </div>
        {item.parentCode && (
          <div>
            <dt>{t.mainItem}</dt>
            <dd>
              <a href={urls.item(dept, item.parentCode, locale, itemQuery)}>
                <code>{item.parentCode}</code>
                {parent ? ` ${parent.name}` : ''}
              </a>
            </dd>
          </div>
        )}
        {subItems.length > 0 && (
          <div>
            <dt>{t.subItems}</dt>
            <dd>
              <ul className="plain">
                {subItems.map((child) => (
                  <li key={child.code}>
                    <a href={urls.item(dept, child.code, locale, itemQuery)}>
                      <code>{child.code}</code> {child.name}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>{t.handlingUnit}</dt>
          <dd lang={zh}>{item.handlingUnit ?? '—'}</dd>
        </div>
        {item.sourceCode && (
          <div>
            <dt>{t.sourceCode}</dt>
            <dd>
              <code>{item.sourceCode}</code>
            </dd>
          </div>
        )}
        <div>
          <dt>{t.department}</dt>
          <dd>
            <a href={urls.department(dept, locale, itemQuery)}>{departmentName}</a>
          </dd>
        </div>
        <div>
          <dt>{t.statutoryDeadline}</dt>
          <dd>{deadlineText(item.statutoryDeadline, locale) ?? '—'}</dd>
        </div>
        <div>
          <dt>{t.committedDeadline}</dt>
          <dd>{deadlineText(item.committedDeadline, locale) ?? '—'}</dd>
        </div>
        <div>
          <dt>{t.effectiveFrom}</dt>
          <dd>{item.effectiveFrom ?? shownFrom}</dd>
        </div>
      </dl>
    </section>
  )
}

function LegalBasis({ item, locale, t, zh, context }: SectionProps) {
  const { basisLaws, itemQuery } = context
  return (
    <section aria-labelledby="basis-title">
      <h2 id="basis-title">{t.legalBasis}</h2>
      {item.legalBasis.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ol className="basis" lang={zh}>
          {item.legalBasis.map((basis, index) => (
            <li key={index} className="basis__clause">
              <h3 className="basis__law">
                {basisLaws[index] ? <a href={urls.law(basisLaws[index].lawId, locale, itemQuery)}>{quoteLaw(basis.law)}</a> : quoteLaw(basis.law)}
                {basisLaws[index]?.status === 'repealed' && (
                  <span className="basis__repealed" data-status="repealed">
                    （{lawStatusLabel('repealed', locale)}）
                  </span>
                )}
                {basis.article ? <span className="basis__article">{basis.article}</span> : null}
              </h3>
              {basis.documentNo && (
                <p className="muted small">
                  {t.documentNo}：{basis.documentNo}
                </p>
              )}
              <blockquote className="basis__text">{basis.text}</blockquote>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

function Conditions({ item, t, zh }: SectionProps) {
  return (
    <section aria-labelledby="conditions-title">
      <h2 id="conditions-title">{t.conditions}</h2>
      <Paragraphs lang={zh} text={item.conditions} empty={t.none} />
    </section>
  )
}

function Materials({ item, t, zh }: SectionProps) {
  return (
    <section aria-labelledby="materials-title">
      <h2 id="materials-title">{t.materials}</h2>
      {item.materials.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ol className="numbered" lang={zh}>
          {item.materials.map((material, index) => (
            <li key={index}>{material}</li>
          ))}
        </ol>
      )}
    </section>
  )
}

function Procedure({ item, locale, t }: SectionProps) {
  return (
    <section aria-labelledby="procedure-title">
      <h2 id="procedure-title">{t.procedure}</h2>
      <ProcedureFlow steps={item.procedure} locale={locale} itemName={item.name} />
    </section>
  )
}

function Deadlines({ item, locale, t }: SectionProps) {
  return (
    <section aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t.deadlines}</h2>
      <dl className="facts">
        <DeadlineFact label={t.statutoryDeadline} deadline={item.statutoryDeadline} locale={locale} />
        <DeadlineFact label={t.committedDeadline} deadline={item.committedDeadline} locale={locale} />
      </dl>
    </section>
  )
}

function Fees({ item, t, zh }: SectionProps) {
  return (
    <section aria-labelledby="fees-title">
      <h2 id="fees-title">{t.fees}</h2>
      {!item.fees.charged || item.fees.items.length === 0 ? (
        <p>{t.notCharged}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="fees-title" tabIndex={0}>
          <table>
            <caption className="visually-hidden">{t.fees}</caption>
            <thead>
              <tr>
                <th scope="col">{t.feeName}</th>
                <th scope="col">{t.feeStandard}</th>
                <th scope="col">{t.feeBasis}</th>
              </tr>
            </thead>
            <tbody lang={zh}>
              {item.fees.items.map((fee, index) => (
                <tr key={index}>
                  <th scope="row">{fee.name}</th>
                  <td>{fee.standard}</td>
                  <td>{fee.basis ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

function Responsibilities({ item, locale, t, zh }: SectionProps) {
  return (
    <section aria-labelledby="duties-title">
      <h2 id="duties-title">{t.responsibilities}</h2>
      {item.responsibilities.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <table className="duties">
          <caption className="visually-hidden">{t.responsibilities}</caption>
          <thead>
            <tr>
              <th scope="col">{t.stage}</th>
              <th scope="col">{t.duty}</th>
              <th scope="col">{t.basis}</th>
            </tr>
          </thead>
          <tbody>
            {item.responsibilities.map((duty, index) => (
              <tr key={index}>
                <th scope="row" lang={locale === 'en' ? 'en' : undefined}>
                  {stageLabel(duty.stage, locale)}
                </th>
                <td data-label={t.duty} lang={zh}>
                  {duty.duty}
                </td>
                <td data-label={t.basis} lang={zh}>
                  {duty.basis ?? '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function Accountability({ item, t, zh }: SectionProps) {
  return (
    <section aria-labelledby="accountability-title">
      <h2 id="accountability-title">{t.accountability}</h2>
      {item.accountability.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ol className="numbered" lang={zh}>
          {item.accountability.map((each, index) => (
            <li key={index}>{each}</li>
          ))}
        </ol>
      )}
    </section>
  )
}

function Phones({ item, t }: SectionProps) {
  return (
    <section aria-labelledby="phones-title">
      <h2 id="phones-title">{t.phones}</h2>
      <dl className="facts">
        <div>
          <dt>{t.supervisionPhone}</dt>
          <dd>{item.supervisionPhone ? <a href={`tel:${item.supervisionPhone}`}>{item.supervisionPhone}</a> : '—'}</dd>
        </div>
        <div>
          <dt>{t.consultationPhone}</dt>
          <dd>{item.consultationPhone ? <a href={`tel:${item.consultationPhone}`}>{item.consultationPhone}</a> : '—'}</dd>
        </div>
      </dl>
    </section>
  )
}

function Remarks({ item, t, zh }: SectionProps) {
  if (!item.remarks?.text) return null
  return (
    <section aria-labelledby="remarks-title">
      <h2 id="remarks-title">{t.remarks}</h2>
      <Paragraphs lang={zh} text={item.remarks.text} empty={t.none} />
    </section>
  )
}

/** The fields that changed between two versions of an item, by their top-level label. */
function changedFields(before: PowerItem, after: PowerItem, locale: Locale): string[] {
  const labels = new Set<string>()
  for (const field of diffItem(before, after)) {
    const top = schemaPathOf(field.path).split('.')[0]!
    labels.add(FIELD_LABELS[top] ? pick(FIELD_LABELS[top], locale) : top)
  }
  return [...labels]
}

function quoteLaw(law: string): string {
  return /^《.*》$/.test(law) ? law : `《${law}》`
}

function Paragraphs({ text, empty, lang }: { text: string | null; empty: string; lang?: string }) {
  if (!text) return <p className="muted">{empty}</p>
  return (
    <>
      {text
        .split(/\n+/)
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index} lang={lang}>
            {paragraph}
          </p>
        ))}
    </>
  )
}

function DeadlineFact({ label, deadline, locale }: { label: string; deadline: Deadline | null; locale: Locale }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <strong>{deadlineText(deadline, locale) ?? '—'}</strong>
        {deadline?.note && (
          <p className="small" lang={zhLang(locale)}>
            {deadline.note}
          </p>
        )}
      </dd>
    </div>
  )
}

export function ItemHistory({
  versions,
  snapshots,
  locale,
  dept,
  code,
}: {
  versions: ItemVersion<SnapshotHead>[]
  snapshots: readonly SnapshotHead[]
  locale: Locale
  dept: string
  code: string
}) {
  const t = strings(locale)
  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">{t.itemHistory}</h2>
      <p className="muted small">{t.itemHistoryIntro}</p>
      <ol className="timeline">
        {versions.map((version, position) => {
          const snapshot = version.snapshot
          const index = snapshots.findIndex((each) => each.id === snapshot.id)
          const previous = index > 0 ? snapshots[index - 1] : null
          const fields = version.change === 'modified' && position > 0 ? changedFields(versions[position - 1]!.item, version.item, locale) : []
          return (
            <li key={snapshot.id} className={`timeline__entry timeline__entry--${version.change}`} data-change={version.change}>
              <p className="timeline__head">
                <time dateTime={snapshot.effectiveFrom}>{snapshot.effectiveFrom}</time>{' '}
                <span className={`badge badge--${version.change}`}>{changeLabel(version.change, locale)}</span>
              </p>
              {snapshot.revision && (
                <p lang={zhLang(locale)}>
                  <a href={urls.revision(snapshot.revision.id, locale)}>{inScript(snapshot.revision.title, locale)}</a>
                </p>
              )}
              {fields.length > 0 && (
                <p className="small muted">
                  {t.changes}：{fields.join(locale === 'en' ? ', ' : '、')}
                </p>
              )}
              <p className="timeline__links">
                {version.change !== 'repealed' && <a href={urls.item(dept, code, locale, { asOf: snapshot.effectiveFrom })}>{t.viewVersion}</a>}
                {version.change !== 'unchanged' && (
                  <a
                    href={`${urls.compare(dept, locale, previous ? { from: previous.id, to: snapshot.id, item: code } : { to: snapshot.id, item: code })}#change-${encodeURIComponent(code)}`}
                  >
                    {t.compareChanges}
                  </a>
                )}
              </p>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
