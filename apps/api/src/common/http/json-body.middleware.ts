import { Injectable, NestMiddleware } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { parse } from 'lossless-json';
import { PayloadTooLargeError, ValidationFailedError } from '../errors';

export const BODY_LIMIT_BYTES = 100_000;
/**
 * The deepest nesting a body may have. Every request of this API is one flat object; the limit stops
 * a deep body before the recursive steps after the parser (class-transformer's) run out of stack.
 */
export const BODY_MAX_DEPTH = 32;

/**
 * A JSON number exactly as the client wrote it. Amounts are parsed from this text, never from a
 * binary float, so `100.10` and `1e2` can be told apart and nothing is rounded on the way in.
 */
export class JsonNumber {
  constructor(readonly text: string) {}
}

const readText = express.text({ type: () => true, limit: BODY_LIMIT_BYTES, defaultCharset: 'utf-8' });

function read(request: Request, response: Response): Promise<void> {
  return new Promise((resolve, reject) =>
    readText(request, response, (error?: unknown) => (error ? reject(error) : resolve())),
  );
}

/**
 * Reads the body with a size limit and parses it as JSON keeping numbers as text (lossless-json).
 * Replaces Nest's body parser so that errors go through the problem filter like any other.
 */
@Injectable()
export class JsonBodyMiddleware implements NestMiddleware {
  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    try {
      await read(request, response);
    } catch (error) {
      const type = (error as { type?: string }).type;
      if (type === 'entity.too.large') throw new PayloadTooLargeError(BODY_LIMIT_BYTES);
      throw new ValidationFailedError(
        'The request body could not be read (check its encoding and Content-Length).',
      );
    }
    const text: unknown = request.body;
    if (typeof text !== 'string' || text.trim() === '') {
      request.body = undefined;
      return next();
    }
    const contentType = request.headers['content-type'] ?? '';
    if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType)) {
      throw new ValidationFailedError(
        'Send the body as JSON, with the header Content-Type: application/json.',
      );
    }
    if (nestingDepth(text) > BODY_MAX_DEPTH) throw new ValidationFailedError(TOO_DEEP);
    try {
      request.body = parse(text, undefined, (value) => new JsonNumber(value));
    } catch (error) {
      throw new ValidationFailedError(notJson(error));
    }
    next();
  }
}

/**
 * Why a body is not JSON, in our words. A syntax error keeps the parser's sentence (it says what was
 * expected and where); a repeated field or a body nested past the parser's depth says so plainly, never
 * the parser's internals ("Maximum call stack size exceeded").
 */
function notJson(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const duplicate = /^Duplicate key '(.{1,60})'/.exec(message);
  if (duplicate) return `The body names the field "${duplicate[1]}" twice; send each field once.`;
  if (error instanceof RangeError || /call stack/i.test(message)) return TOO_DEEP;
  if (/position \d+/.test(message) && message.length < 200) return `The body is not valid JSON: ${message}.`;
  return 'The body is not valid JSON.';
}

const TOO_DEEP = 'The body is nested too deeply to be a request of this API.';

/** How deeply the JSON text nests objects and arrays, counting brackets outside strings; one pass. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{' || char === '[') {
      deepest = Math.max(deepest, ++depth);
    } else if (char === '}' || char === ']') {
      depth--;
    }
  }
  return deepest;
}
