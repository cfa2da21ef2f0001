import type { FastifyReply } from 'fastify';
import type { Config } from '../platform/config.js';
import { SESSION_COOKIE } from './run-as-user.js';

/** Secure everywhere but plain-http localhost, where browsers would drop a Secure cookie. */
export function isSecureOrigin(config: Config): boolean {
  return !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(config.publicUrl);
}

function cookieOptions(config: Config) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: isSecureOrigin(config) };
}

export function setSessionCookie(reply: FastifyReply, config: Config, value: string): void {
  reply.setCookie(SESSION_COOKIE, value, { ...cookieOptions(config), maxAge: config.session.absoluteHours * 3600 });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
}
