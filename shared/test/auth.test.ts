import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ALGORITHM, createTokenVerifier, DEFAULT_AUDIENCE, DEFAULT_ISSUER, mintToken, type TokenVerifier } from '../src/security/auth.js';
import { ConfigError, EnvReader } from '../src/runtime/config.js';

let privateJwk: Awaited<ReturnType<typeof exportJWK>>;
let verifier: TokenVerifier;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  privateJwk = await exportJWK(privateKey);
  verifier = await createTokenVerifier({ issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE, publicKeys: [JSON.stringify(await exportJWK(publicKey))] });
});

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: { extensions?: { code?: string } }) => error.extensions?.code,
  );

describe('token verification', () => {
  it('a minted token yields its claims: roles, scopes, org and region', async () => {
    // Scenario: a county officer's dev token is verified by a subgraph.
    const claims = await verifier.verifyHeader(`Bearer ${await mintToken(privateJwk, { role: 'civil_officer', region: '330203' })}`);
    expect(claims.roles).toEqual(['civil_officer']);
    expect(claims.region).toBe('330203');
    expect(claims.scopes.has('person:id_number')).toBe(true);
  });

  it('expired, foreign-key, wrong-audience and unsigned tokens are all UNAUTHENTICATED', async () => {
    // Scenario: four kinds of bad token reach a service.
    const other = await exportJWK((await generateKeyPair(ALGORITHM, { extractable: true })).privateKey);
    const expired = await mintToken(privateJwk, { role: 'analyst', expiresIn: '-5s' });
    const foreign = await mintToken(other, { role: 'analyst' });
    const audience = await mintToken(privateJwk, { role: 'analyst', audience: 'someone-else' });
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","roles":["civil_officer"],"exp":9999999999}').toString('base64url')}.`;
    for (const token of [expired, foreign, audience, unsigned]) {
      expect(await codeOf(verifier.verify(token))).toBe('UNAUTHENTICATED');
    }
    expect(await codeOf(verifier.verifyHeader(undefined))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifier.verifyHeader('Basic abc'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifier.verify('x'.repeat(9000)))).toBe('UNAUTHENTICATED');
  });

  it('a token with an unknown role or a malformed region is refused', async () => {
    // Scenario: an identity provider issues claims this system does not know.
    const key = await (await import('jose')).importJWK(privateJwk, ALGORITHM);
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims).setProtectedHeader({ alg: ALGORITHM }).setSubject('s').setIssuer(DEFAULT_ISSUER).setAudience(DEFAULT_AUDIENCE).setExpirationTime('1h').sign(key);
    expect(await codeOf(verifier.verify(await sign({ roles: ['superuser'] })))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifier.verify(await sign({ roles: ['civil_officer'], region: 'Haishu' })))).toBe('UNAUTHENTICATED');
  });

  it('a remembered token still stops working when it expires', async () => {
    // Scenario: a short-lived token is verified once (and cached), then used after its expiry.
    const token = await mintToken(privateJwk, { role: 'analyst', expiresIn: '60s' });
    expect((await verifier.verify(token)).roles).toEqual(['analyst']);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 61_000);
      expect(await codeOf(verifier.verify(token))).toBe('UNAUTHENTICATED');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('configuration', () => {
  it('startup fails listing every problem with the variable to set', () => {
    // Scenario: an operator sets a bad port and a bad boolean at once.
    const reader = new EnvReader({ GATEWAY_PORT: 'eighty', AUTHZ_REJECT_UNAUTHORIZED: 'maybe' });
    reader.int('GATEWAY_PORT', 4000, { max: 65535 });
    reader.bool('AUTHZ_REJECT_UNAUTHORIZED', false);
    reader.string('REQUIRED_THING');
    expect(() => reader.done()).toThrow(ConfigError);
    try {
      reader.done();
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(3);
      expect((error as Error).message).toMatch(/GATEWAY_PORT[\s\S]*AUTHZ_REJECT_UNAUTHORIZED[\s\S]*REQUIRED_THING/);
    }
  });
});

describe('token shape and lifetime', () => {
  it('a token living longer than 24 hours is refused, from now and from its issue time', async () => {
    // Scenario: a token minted with an expiry a century ahead, and one issued long ago with a long life.
    const century = await mintToken(privateJwk, { role: 'civil_officer', region: '330203', expiresIn: '36500d' });
    await expect(verifier.verify(century)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const day = await mintToken(privateJwk, { role: 'civil_officer', region: '330203', expiresIn: '23h' });
    expect((await verifier.verify(day)).roles).toEqual(['civil_officer']);
  });

  it('an org that is not an organisation id is UNAUTHENTICATED, not a server error later', async () => {
    // Scenario: an identity provider puts a name where the organisation id belongs.
    const token = await mintToken(privateJwk, { role: 'charity_org', org: 'not-a-uuid' });
    await expect(verifier.verify(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('the gateway key', () => {
  it('signs only the anonymous public token: an officer token signed with it is refused', async () => {
    // Scenario: the gateway's signing key leaks and someone mints a civil_officer token with it.
    const gateway = await generateKeyPair(ALGORITHM, { extractable: true });
    const gatewayJwk = await exportJWK(gateway.privateKey);
    const mainPair = await generateKeyPair(ALGORITHM, { extractable: true });
    const strict = await createTokenVerifier({
      issuer: DEFAULT_ISSUER,
      audience: DEFAULT_AUDIENCE,
      publicKeys: [JSON.stringify(await exportJWK(mainPair.publicKey))],
      gatewayPublicKeys: [JSON.stringify(await exportJWK(gateway.publicKey))],
    });
    const officer = await mintToken(gatewayJwk, { role: 'civil_officer', region: '330203' });
    await expect(strict.verify(officer)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const scoped = await mintToken(gatewayJwk, { role: 'public', scopes: ['household:read'] });
    await expect(strict.verify(scoped)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const anonymous = await mintToken(gatewayJwk, { role: 'public', scopes: [] });
    expect((await strict.verify(anonymous)).roles).toEqual(['public']);
  });
});
