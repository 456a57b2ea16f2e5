import { createParamDecorator, type ExecutionContext, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import {
  type ApiVersion,
  CURRENT_API_VERSION,
  isApiVersion,
  VERSION_HEADER,
  versionProblem,
} from './versions';
import { UnknownApiVersionError } from './versions.errors';

export interface RequestWithVersion {
  /** The version the Wallet-Version header asked for, when it did. */
  requestedVersion?: ApiVersion;
  /** The version this request is answered in (the header's, else the key's pin, else the current). */
  walletVersion?: ApiVersion;
}

/**
 * Reads the Wallet-Version header before anything else runs, so an unknown version is refused (400
 * UNKNOWN_API_VERSION) before the request does anything. Until the caller is known the answer is in
 * the asked-for or current version; the auth guard then applies an API key's pin (answerIn).
 */
@Injectable()
export class ApiVersionMiddleware implements NestMiddleware {
  use(request: Request & RequestWithVersion, response: Response, next: NextFunction): void {
    const sent = request.headers[VERSION_HEADER.toLowerCase()];
    answerIn(request, response, CURRENT_API_VERSION);
    if (sent !== undefined) {
      const value = (Array.isArray(sent) ? sent.join(', ') : sent).trim();
      if (!isApiVersion(value)) throw new UnknownApiVersionError(versionProblem(value) ?? value);
      request.requestedVersion = value;
      answerIn(request, response, value);
    }
    next();
  }
}

/** Answers this request in `version`, and says so in the Wallet-Version response header. */
export function answerIn(request: RequestWithVersion, response: Response, version: ApiVersion): void {
  request.walletVersion = version;
  response.setHeader(VERSION_HEADER, version);
}

/** The version this request is answered in. */
export const RequestVersion = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ApiVersion =>
    context.switchToHttp().getRequest<RequestWithVersion>().walletVersion ?? CURRENT_API_VERSION,
);
