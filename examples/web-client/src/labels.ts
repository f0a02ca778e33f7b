import { enumLabelsZhCN, type LabelledEnum } from './enum-labels.zh-CN.js';

/** The zh-CN label of an enum value, typed: `zhCN('ReferralStatus', node.status)` gives 待认领 for REQUESTED. */
export function zhCN<E extends LabelledEnum>(enumName: E, value: keyof (typeof enumLabelsZhCN)[E]): string {
  return (enumLabelsZhCN[enumName] as Record<PropertyKey, string>)[value];
}
