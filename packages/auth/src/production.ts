import { GatewayKeyError, type LoadedKey, loadGatewayPublicKey, loadGatewaySigningKey } from './gateway-credential';
import { DEVELOPMENT_SECRET } from './tokens';

/** The shortest AUTH_SECRET production accepts: an HS256 key shorter than its hash is guessable sooner. */
export const MIN_SECRET_BYTES = 32;

export interface UnsafeSetting {
  /** The environment variable to fix. */
  variable: string;
  message: string;
}

export class UnsafeProductionSettings extends Error {
  constructor(
    readonly process: string,
    readonly problems: UnsafeSetting[],
  ) {
    super(
      `${process}: 生产环境(NODE_ENV=production)配置不安全,拒绝启动:\n` +
        problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n'),
    );
  }
}

export type ProcessRole = 'gateway' | 'subgraph';

/**
 * What makes a production process unsafe to start: each problem names the variable to fix. Empty outside
 * production, where the development defaults are the point.
 */
export function unsafeProductionSettings(env: NodeJS.ProcessEnv, role: ProcessRole): UnsafeSetting[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems: UnsafeSetting[] = [];
  const secret = env.AUTH_SECRET;
  const issuer = Boolean(env.AUTH_ISSUER?.trim() && env.AUTH_JWKS_URL?.trim());
  if (secret) {
    if (secret === DEVELOPMENT_SECRET) {
      problems.push({ variable: 'AUTH_SECRET', message: '不能使用仓库中公开的开发密钥(任何人都能用它签发令牌)' });
    } else if (Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) {
      problems.push({ variable: 'AUTH_SECRET', message: `至少 ${MIN_SECRET_BYTES} 字节` });
    }
  } else if (!issuer) {
    problems.push({
      variable: 'AUTH_SECRET',
      message: `未配置令牌校验:请配置 OIDC 签发方(AUTH_ISSUER 与 AUTH_JWKS_URL),或至少 ${MIN_SECRET_BYTES} 字节的 AUTH_SECRET`,
    });
  }
  const devIdp = env.AUTH_DEV_IDP?.trim();
  if (devIdp && devIdp !== 'off') {
    problems.push({ variable: 'AUTH_DEV_IDP', message: '生产环境不能开启开发身份提供方和演示用户(请删除该变量)' });
  }
  const origins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  if (origins.length === 0) {
    problems.push({ variable: 'CORS_ORIGINS', message: '必须列出允许跨域访问的来源(逗号分隔),否则任何来源都会被放行' });
  } else if (origins.includes('*')) {
    problems.push({ variable: 'CORS_ORIGINS', message: '不能为 *:请列出允许的来源' });
  }
  try {
    const loaded: LoadedKey = role === 'gateway' ? loadGatewaySigningKey(env) : loadGatewayPublicKey(env);
    if (loaded.development) {
      problems.push({ variable: loaded.source, message: '不能使用仓库中公开的开发密钥对,请为本部署生成一对密钥' });
    }
  } catch (error) {
    if (!(error instanceof GatewayKeyError)) throw error;
    problems.push({ variable: error.variable, message: error.message.slice(error.variable.length + 2) });
  }
  return problems;
}

/** Throws UnsafeProductionSettings (naming every variable to fix) when production is configured unsafely. */
export function assertSafeProduction(env: NodeJS.ProcessEnv, role: ProcessRole, name: string = role): void {
  const problems = unsafeProductionSettings(env, role);
  if (problems.length > 0) throw new UnsafeProductionSettings(name, problems);
}
