/**
 * The closed set of `errors[].extensions.code` values the graph sends (docs/errors.md), and what a UI does with
 * each: whether sending the same request again may succeed, and a message to show in zh-CN. A code outside the
 * set is handled as INTERNAL_SERVER_ERROR.
 */
export const errorCodes = {
  BAD_USER_INPUT: { retry: false, zhCN: '输入有误，请检查后重试' },
  UNAUTHENTICATED: { retry: false, zhCN: '登录已失效，请重新登录' },
  FORBIDDEN: { retry: false, zhCN: '当前角色无权进行此操作' },
  NOT_FOUND: { retry: false, zhCN: '记录不存在或无权查看' },
  CONFLICT: { retry: false, zhCN: '记录已被他人修改，请刷新后重试' },
  UNAUTHORIZED_FIELD_OR_TYPE: { retry: false, zhCN: '部分信息无权查看' },
  INVALID_TRANSITION: { retry: false, zhCN: '当前状态下不能进行此操作' },
  IDEMPOTENCY_KEY_REUSED: { retry: false, zhCN: '请求标识已被使用，请重新提交' },
  CONSENT_REQUIRED: { retry: false, zhCN: '需先取得困难群众的有效授权' },
  LIMIT_EXCEEDED: { retry: false, zhCN: '超出限制' },
  SUBGRAPH_UNAVAILABLE: { retry: true, zhCN: '部分服务暂不可用，请稍后重试' },
  SERVICE_UNAVAILABLE: { retry: true, zhCN: '服务暂时繁忙，请稍后重试' },
  INTERNAL_SERVER_ERROR: { retry: false, zhCN: '系统错误，请联系管理员' },
  GRAPHQL_VALIDATION_FAILED: { retry: false, zhCN: '请求与接口不符，请更新客户端' },
  GRAPHQL_PARSE_FAILED: { retry: false, zhCN: '请求格式有误，请更新客户端' },
  PERSISTED_QUERY_NOT_FOUND: { retry: false, zhCN: '请发送完整请求' },
  OPERATION_RESOLUTION_FAILURE: { retry: false, zhCN: '请求未指明操作，请更新客户端' },
  BAD_REQUEST: { retry: false, zhCN: '请求有误' },
} as const satisfies Record<string, { retry: boolean; zhCN: string }>;

export type AidErrorCode = keyof typeof errorCodes;

/** The code an error carries, or INTERNAL_SERVER_ERROR for anything outside the set. */
export function errorCodeOf(extensions: Record<string, unknown> | undefined): AidErrorCode {
  const code = extensions?.code;
  return typeof code === 'string' && Object.hasOwn(errorCodes, code) ? (code as AidErrorCode) : 'INTERNAL_SERVER_ERROR';
}
