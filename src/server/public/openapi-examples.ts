/**
 * Examples of the OpenAPI description: trimmed from the sample data (Guizhou AIC, 2016 list).
 * test/api/public-api.test.ts checks each against its response schema.
 */
import { listToCsv } from '../../services/export'
import type { PowerItem } from '../../domain/power-item'
const HASH_2015 = '3f1c0e5a9b7d4c2e8f6a1b3d5c7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e'
const HASH_2016 = '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b'

const totals2015 = { all: 36, powers: 36, byCategory: { XK: 8, CF: 14, QZ: 3, ZS: 0, JF: 0, JC: 4, QR: 2, JL: 1, CJ: 0, QT: 4, GG: 0 } }
const totals2016 = { all: 34, powers: 33, byCategory: { XK: 5, CF: 14, QZ: 3, ZS: 0, JF: 0, JC: 4, QR: 2, JL: 1, CJ: 0, QT: 4, GG: 1 } }

const snapshot2015 = {
  id: '1',
  department: 'gz-aic',
  effectiveFrom: '2015-07-01',
  publishedAt: '2015-06-20T02:00:00.000Z',
  hash: HASH_2015,
  previousHash: null,
  revision: { id: '1', title: '贵州省工商行政管理局权力清单和责任清单（2015年）' },
  totals: totals2015,
}
const snapshot2016 = {
  id: '2',
  department: 'gz-aic',
  effectiveFrom: '2016-10-01',
  publishedAt: '2016-09-20T02:00:00.000Z',
  hash: HASH_2016,
  previousHash: HASH_2015,
  revision: { id: '2', title: '2016年权力清单和责任清单动态调整' },
  totals: totals2016,
}
const ref2015 = { id: '1', effectiveFrom: '2015-07-01', hash: HASH_2015 }
const ref2016 = { id: '2', effectiveFrom: '2016-10-01', hash: HASH_2016 }

export const exampleItem = {
  code: 'GG-00001-000',
  name: '企业登记信息查询',
  category: 'GG',
  categoryName: '公共服务',
  parentCode: null,
  handlingUnit: '企业注册局',
  legalBasis: [
    {
      law: '中华人民共和国公司法',
      documentNo: '主席令第八号',
      article: '第六条第三款',
      text: '公众可以向公司登记机关申请查询公司登记事项，公司登记机关应当提供查询服务。',
    },
  ],
  conditions: null,
  materials: [],
  procedure: [
    { name: '网上查询', description: '登录国家企业信用信息公示系统（贵州），输入企业名称或者统一社会信用代码查询。', deadline: '即时' },
    { name: '出具查询结果', description: '向申请人提供企业登记基本信息查询单，并加盖查询专用章。', deadline: '1个工作日内' },
  ],
  statutoryDeadline: { value: 20, unit: 'workday', note: '自收到申请之日起20个工作日内书面答复' },
  committedDeadline: { value: 1, unit: 'workday', note: '网上查询即时办结' },
  fees: { charged: false, items: [] },
  responsibilities: [{ stage: 'acceptance', duty: '公布查询方式、查询范围和办理时限，当场受理查询申请。', basis: '《中华人民共和国公司法》第六条第三款' }],
  accountability: ['无正当理由拒绝提供依法可以查询的企业登记信息的'],
  supervisionPhone: '0851-85986012',
  consultationPhone: '0851-85986320',
  remarks: null,
  effectiveFrom: '2016-10-01',
  effectiveTo: null,
}

const department = { code: 'gz-aic', name: '贵州省工商行政管理局', region: '520000', level: 'province' }

const diff = {
  from: ref2015,
  to: ref2016,
  summary: { before: totals2015, after: totals2016, added: 1, modified: 7, repealed: 3 },
  items: [
    {
      code: 'GG-00001-000',
      name: '企业登记信息查询',
      category: 'GG',
      change: 'added',
      fields: [{ path: 'name', label: { 'zh-Hans': '事项名称', en: 'Name' }, kind: 'added', before: null, after: '企业登记信息查询' }],
    },
    {
      code: 'XK-00002-000',
      name: '内资公司设立、变更、注销登记',
      category: 'XK',
      change: 'modified',
      fields: [
        {
          path: 'committedDeadline.value',
          label: { 'zh-Hans': '承诺办结时限 · 数值', en: 'Committed deadline · value' },
          kind: 'changed',
          before: 5,
          after: 3,
        },
      ],
    },
    { code: 'XK-00008-000', name: '烟草广告审批', category: 'XK', change: 'repealed', fields: [] },
  ],
}

export const examples = {
  departments: {
    departments: [{ code: 'gz-aic', name: '贵州省工商行政管理局', region: '520000', level: 'province', currentSnapshot: ref2016, totals: totals2016 }],
  },
  list: { department, snapshot: snapshot2016, totals: totals2016, page: 1, limit: 50, totalItems: 1, items: [exampleItem] },
  item: { item: exampleItem, snapshot: snapshot2016 },
  history: {
    versions: [
      { snapshot: snapshot2015, revision: snapshot2015.revision, change: 'added', item: { ...exampleItem, effectiveFrom: '2015-07-01' } },
      { snapshot: snapshot2016, revision: snapshot2016.revision, change: 'unchanged', item: exampleItem },
    ],
  },
  snapshots: { snapshots: [snapshot2015, snapshot2016] },
  diff,
  verify: { ok: true, snapshots: 2, head: HASH_2016, broken: null },
  revision: {
    revision: {
      id: '2',
      title: '2016年权力清单和责任清单动态调整',
      reason: '根据《国务院关于第二批取消152项中央指定地方实施行政审批事项的决定》（国发〔2016〕9号），取消3项行政许可。',
      department: 'gz-aic',
      publishedAt: snapshot2016.publishedAt,
      effectiveFrom: '2016-10-01',
    },
    diff,
  },
  changes: {
    since: '2016-01-01T00:00:00.000Z',
    next: '2016-09-30T16:00:00.000Z',
    changes: [{ visibleAt: '2016-09-30T16:00:00.000Z', snapshot: snapshot2016 }],
  },
  search: {
    asOf: '2016-12-31',
    page: 1,
    limit: 20,
    totalItems: 2,
    items: [
      {
        code: 'XK-00005-000',
        name: '广告发布登记',
        category: 'XK',
        categoryName: '行政许可',
        laws: ['中华人民共和国广告法'],
        department: { code: 'gz-aic', name: '贵州省工商行政管理局', region: '520000', level: 'province' },
        snapshot: ref2016,
      },
      {
        code: 'CF-00006-000',
        name: '对发布虚假广告的处罚',
        category: 'CF',
        categoryName: '行政处罚',
        laws: ['中华人民共和国广告法'],
        department: { code: 'gz-aic', name: '贵州省工商行政管理局', region: '520000', level: 'province' },
        snapshot: ref2016,
      },
    ],
    facets: {
      byCategory: { XK: 1, CF: 1, QZ: 0, ZS: 0, JF: 0, JC: 0, QR: 0, JL: 0, CJ: 0, QT: 0, GG: 0 },
      byDepartment: [{ code: 'gz-aic', name: '贵州省工商行政管理局', count: 2 }],
    },
  },
  atom: [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">',
    '  <id>urn:quanze:changes</id>',
    '  <title>Quanze 权责清单发布</title>',
    '  <updated>2016-09-30T16:00:00.000Z</updated>',
    '  <link rel="self" type="application/atom+xml" href="/api/public/v1/changes.atom"/>',
    '  <link rel="alternate" type="text/html" href="/"/>',
    '  <author><name>Quanze</name></author>',
    '  <generator>Quanze</generator>',
    '  <entry>',
    `    <id>urn:quanze:snapshot:${HASH_2016}</id>`,
    '    <title>2016年权力清单和责任清单动态调整</title>',
    '    <updated>2016-09-30T16:00:00.000Z</updated>',
    '    <published>2016-09-20T02:00:00.000Z</published>',
    '    <link rel="alternate" type="text/html" href="/revisions/2"/>',
    '    <link rel="related" type="application/json" href="/api/public/v1/departments/gz-aic/list?asOf=2016-10-01"/>',
    '    <author><name>贵州省工商行政管理局</name></author>',
    '    <category term="gz-aic" label="贵州省工商行政管理局"/>',
    `    <summary>贵州省工商行政管理局：自 2016-10-01 起施行，共 34 项（权力事项 33 项）。快照 ${HASH_2016}</summary>`,
    '  </entry>',
    '</feed>',
  ].join('\n'),
  problem: {
    type: 'https://quanze.dev/problems/invalid-parameter',
    title: 'Invalid parameter',
    status: 400,
    detail: 'invalid query parameter asOf: must be a calendar date YYYY-MM-DD',
    errors: [{ path: 'query.asOf', message: 'must be a calendar date YYYY-MM-DD' }],
  },
  notFound: { type: 'https://quanze.dev/problems/not-found', title: 'Not found', status: 404, detail: 'department "xx" not found' },
  laws: { laws: [{ id: '7', title: '无照经营查处取缔办法', level: 'administrative-regulation', documentNo: '国务院令第370号', status: 'repealed' }] },
  law: {
    law: {
      id: '7',
      title: '无照经营查处取缔办法',
      level: 'administrative-regulation',
      documentNo: '国务院令第370号',
      status: 'in-force',
      aliases: [],
      issuingBody: '国务院',
      asOf: '2016-10-01',
    },
    versions: [
      { effectiveFrom: '2003-03-01', status: 'in-force', documentNo: '国务院令第370号', replacedBy: null, articleMap: [], note: null },
      {
        effectiveFrom: '2017-10-01',
        status: 'repealed',
        documentNo: '国务院令第684号',
        replacedBy: { id: '8', title: '无证无照经营查处办法' },
        articleMap: [],
        note: null,
      },
    ],
    items: [{ department: { code: 'gz-aic', name: '贵州省工商行政管理局' }, code: 'CF-00001-000', name: '对无照经营行为的处罚', articles: ['第四条'] }],
  },
  /** written by the export itself, so it shows the real headings and cells */
  csv: listToCsv([exampleItem as PowerItem]),
}
