import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from '../errors/domain-errors.js';

/**
 * Input hygiene for every operation, in one place, before any resolver runs (the gateway and every subgraph
 * install it): text carrying control characters is refused with BAD_USER_INPUT (PostgreSQL cannot store NUL,
 * and no field of this graph takes the others), and subscription operations are refused with a clear 400:
 * this graph has none; machine clients follow the cursor feed instead.
 */

/** C0 control characters other than tab, line feed and carriage return, and DEL. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The path (`$input.fullName`) of the first string in a value that holds a control character, or null. */
export function controlCharacterPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return CONTROL_CHARACTER.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = controlCharacterPath(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = controlCharacterPath(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Parsed documents come from Apollo Server's document cache, the same object for the same text, and never
 * change: the literal check runs once per document (it walked the whole document on every request before).
 */
const checkedDocuments = new WeakMap<DocumentNode, boolean>();

/** Whether any string literal written in the document holds a control character. */
function literalHasControlCharacter(document: DocumentNode): boolean {
  const known = checkedDocuments.get(document);
  if (known !== undefined) return known;
  const found = scanLiterals(document);
  checkedDocuments.set(document, found);
  return found;
}

function scanLiterals(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING](node) {
      if (CONTROL_CHARACTER.test(node.value)) found = true;
    },
  });
  return found;
}

const badRequest = (message: string, code: ErrorCode) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

export function inputHygienePlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          if (operation?.operation === 'subscription') {
            throw badRequest('Subscriptions are not supported; follow changes through the referral feed (referralEvents) with a cursor.', ErrorCode.BAD_REQUEST);
          }
          const variablePath = controlCharacterPath(request.variables ?? {}, '$');
          if (variablePath || literalHasControlCharacter(document)) {
            const where = variablePath ? ` (${variablePath.replace(/^\$\./, '$')})` : '';
            throw badRequest(`Text must not contain control characters${where}.`, ErrorCode.BAD_USER_INPUT);
          }
        },
      };
    },
  };
}
