import type { FieldError } from './item-schema'

/**
 * What a refused proposal says: in Chinese for the legal office, which reads it in the admin and in
 * import reports, with the English in brackets for programs and portal developers (the convention
 * of the item schema's messages, item-schema-messages.ts). One place, as both the full check
 * (applyChanges) and the check from codes alone (assertFitsBase) refuse the same things.
 */
export const REFUSALS = {
  notAnObject: () => '事项内容应为 JSON 对象 (a proposed item must be a JSON object)',
  codeDiffers: (given: string, code: string) =>
    `事项内容中的编码 ${given} 与事项编码 ${code} 不一致 (the item's code ${given} differs from ${code} in the address)`,
  notAnItem: (code: string) => `事项 ${code} 不符合权力事项的格式 (item ${code} does not match the power item schema)`,
  repealMissing: (code: string) => `不能取消 ${code}：清单中没有这个事项 (cannot repeal ${code}: it is not in the list)`,
  addExisting: (code: string) => `不能新增 ${code}：清单中已有这个事项，请改为“修改” (cannot add ${code}: it is already in the list)`,
  modifyMissing: (code: string) => `不能修改 ${code}：清单中没有这个事项，请改为“新增” (cannot modify ${code}: it is not in the list)`,
  orphan: (code: string, mainCode: string) =>
    `子项 ${code} 的主项 ${mainCode} 不在清单中：请同时新增主项，或不要取消它 (sub-item ${code} has no main item ${mainCode} in the list)`,
}

/** The field errors that go with a refusal, each at the field it is about. */
export const REFUSED_FIELDS = {
  notAnObject: (): FieldError[] => [{ path: '', message: '应为 JSON 对象 (must be an object)' }],
  codeDiffers: (code: string): FieldError[] => [{ path: '/code', message: `应为 ${code} (must equal ${code})` }],
  orphan: (mainCode: string): FieldError[] => [{ path: '/parentCode', message: `主项 ${mainCode} 不在清单中 (main item ${mainCode} is missing)` }],
}
