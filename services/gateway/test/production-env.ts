import { generateGatewayKeyPair } from '@shian/auth';

/** A secret of the production length that is not the committed development one. */
export const PRODUCTION_SECRET = 'gateway-tests-production-secret-0123456789';

export const GATEWAY_KEYS = generateGatewayKeyPair();

/** The least a production gateway starts with (startGateway refuses less: see @shian/auth production.ts). */
export const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  AUTH_SECRET: PRODUCTION_SECRET,
  CORS_ORIGINS: 'https://shian.example.gov.cn',
  GATEWAY_SIGNING_KEY: GATEWAY_KEYS.privateKey,
} as const;
