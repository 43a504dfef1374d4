import { benchLists } from './bench/diff.bench.ts'
import { diffLists, diffItem, textDiff } from './src/domain/diff'
const { base, revision } = benchLists()
const fields: any[] = []
for (let i = 0; i < 3500; i++) fields.push(...diffItem(base[i]!, revision[i]!))
const texts = fields.filter(f => f.text)
const cpu = (f: () => void) => { f(); const out = []; for (let r = 0; r < 5; r++) { const c = process.cpuUsage(); f(); const u = process.cpuUsage(c); out.push(Math.round((u.user + u.system) / 1000)) } return out.sort((a, b) => a - b)[2] }
console.log('textDiffs only', texts.length, cpu(() => { for (const f of texts) textDiff(f.before, f.after) }))
console.log('diffItem modified', cpu(() => { for (let i = 0; i < 3500; i++) diffItem(base[i]!, revision[i]!) }))
console.log('diffItem unchanged', cpu(() => { for (let i = 3500; i < 5500; i++) diffItem(base[i]!, revision[i]!) }))
console.log('diffItem added', cpu(() => { for (let i = 5500; i < 6500; i++) diffItem(null, revision[i]!) }))
console.log('diffLists', cpu(() => diffLists({ ref: null, items: base }, { ref: { id: 'x', effectiveFrom: '', hash: '' }, items: revision })))
