// Rungs c-f: Nest applications. Plain JavaScript has no decorator syntax, so each decorator is applied
// the way TypeScript's compiled output applies it (Reflect.decorate, design:paramtypes). Rungs e and f
// are built from the product's compiled modules in apps/api/dist, wired as AppModule wires them.
import 'reflect-metadata';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { getCurrency } from '@wallet/money';
import pg from 'pg';
import { TRANSFER_SQL, transferAnswer, transferParams } from './transfer-sql.mjs';

const require = createRequire(import.meta.url);
const DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
/** A module of the product's build (CommonJS). */
const product = (file) => require(path.join(DIST, file));

const {
  Body,
  Controller,
  Headers,
  HttpCode,
  HttpException,
  Inject,
  Module,
  Post,
} = require('@nestjs/common');
const { APP_GUARD, APP_PIPE, NestFactory } = require('@nestjs/core');

const POOL = 'BENCH_PG_POOL';
const PRISMA = 'BENCH_PRISMA';

/** Applies method and parameter decorators to `Class.prototype[name]`, with the parameter types Nest reads. */
function decorate(Class, name, decorators, paramTypes) {
  const proto = Class.prototype;
  const descriptor = Reflect.decorate(
    [...decorators, Reflect.metadata('design:paramtypes', paramTypes)],
    proto,
    name,
    Object.getOwnPropertyDescriptor(proto, name),
  );
  Object.defineProperty(proto, name, descriptor);
}
/** A parameter decorator at `index`, as TypeScript's __param applies it. */
const param = (index, decorator) => (target, key) => decorator(target, key, index);

/** The statement's answer: its body on 201, an HttpException on a decline (Nest answers 422). */
function answered(row) {
  const { status, body } = transferAnswer(row);
  if (status !== 201) throw new HttpException(body, status);
  return body;
}

function invalid() {
  return new HttpException({ code: 'VALIDATION_FAILED' }, 400);
}

/** (c) + Nest routing and a controller: Nest's own body parser, the controller calls pg. */
function pgRung(pool, scope) {
  class TransferController {
    constructor(db) {
      this.db = db;
    }
    async transfer(body, key) {
      const params = transferParams(body, key, scope);
      if (!params) throw invalid();
      const { rows } = await this.db.query(TRANSFER_SQL, params);
      return answered(rows[0]);
    }
  }
  Controller('api/v1/wallets')(TransferController);
  Inject(POOL)(TransferController, undefined, 0);
  decorate(
    TransferController,
    'transfer',
    [Post('transfer'), HttpCode(201), param(0, Body()), param(1, Headers('idempotency-key'))],
    [Object, String],
  );
  class BenchModule {}
  Module({ controllers: [TransferController], providers: [{ provide: POOL, useValue: pool }] })(BenchModule);
  return BenchModule;
}

/**
 * (d) + Prisma: the same statement in an interactive transaction of a client built like PrismaService's,
 * with the product's transaction bounds (UnitOfWork: maxWait DB_CONNECT_TIMEOUT_MS, timeout 15 s).
 */
function prismaRung(prisma, scope, options) {
  class TransferController {
    constructor(client) {
      this.client = client;
    }
    async transfer(body, key) {
      const params = transferParams(body, key, scope);
      if (!params) throw invalid();
      const rows = await this.client.$transaction(
        (tx) => tx.$queryRawUnsafe(TRANSFER_SQL, ...params),
        options,
      );
      return answered(rows[0]);
    }
  }
  Controller('api/v1/wallets')(TransferController);
  Inject(PRISMA)(TransferController, undefined, 0);
  decorate(
    TransferController,
    'transfer',
    [Post('transfer'), HttpCode(201), param(0, Body()), param(1, Headers('idempotency-key'))],
    [Object, String],
  );
  class BenchModule {}
  Module({ controllers: [TransferController], providers: [{ provide: PRISMA, useValue: prisma }] })(
    BenchModule,
  );
  return BenchModule;
}

/**
 * What rungs e and f share, from the product's build: the global APP_CONFIG (loadConfig()), the
 * DatabaseModule (PrismaService on its watched pg.Pool), AuditModule, TiersModule (the rate limiter reads
 * the caller's tier), AuthModule and RateLimitModule, the APP_GUARD
 * AccessGuard (credential, then rate limit) and the APP_PIPE RequestValidationPipe, and JsonBodyMiddleware
 * on every route, as AppModule has them.
 */
function productBase(config, { imports, controllers }) {
  const { APP_CONFIG } = product('config/config.js');
  const { DatabaseModule } = product('database/database.module.js');
  const { AuthModule } = product('auth/auth.module.js');
  const { AuditModule } = product('audit/audit.module.js');
  const { TiersModule } = product('tiers/tiers.module.js');
  const { RateLimitModule } = product('rate-limit/rate-limit.module.js');
  const { AccessGuard } = product('rate-limit/access.guard.js');
  const { RateLimitGuard } = product('rate-limit/rate-limit.guard.js');
  const { RequestValidationPipe } = product('common/http/request-validation.pipe.js');
  const { JsonBodyMiddleware } = product('common/http/json-body.middleware.js');
  class ConfigHolder {}
  Module({})(ConfigHolder);
  class BenchModule {
    configure(consumer) {
      consumer.apply(JsonBodyMiddleware).forRoutes('*path');
    }
  }
  Module({
    imports: [
      {
        module: ConfigHolder,
        global: true,
        providers: [{ provide: APP_CONFIG, useValue: config }],
        exports: [APP_CONFIG],
      },
      DatabaseModule,
      ...imports,
      AuditModule,
      TiersModule,
      AuthModule,
      RateLimitModule,
    ],
    controllers,
    providers: [
      RateLimitGuard,
      { provide: APP_GUARD, useClass: AccessGuard },
      { provide: APP_PIPE, useClass: RequestValidationPipe },
    ],
  })(BenchModule);
  return BenchModule;
}

/**
 * (e) + authentication, rate limit and validation: a bench controller with the product's TransferRequest
 * and @RequireScope('transfers:write'), running rung d's statement in an interactive transaction of the
 * product's PrismaService, opened by its UnitOfWork (the same bounds as rung d). A decline is the product's InsufficientFundsError (problem+json, 422).
 */
function authRung(config) {
  const { UnitOfWork } = product('database/unit-of-work.js');
  const { CurrentCaller, RequireScope } = product('auth/caller.js');
  const { IdempotencyKey } = product('common/idempotency/idempotency-key.pipe.js');
  const { TransferRequest } = product('transactions/dto/movement.dto.js');
  const { InsufficientFundsError } = product('transactions/transactions.errors.js');
  const usd = getCurrency('USD');
  class TransferController {
    constructor(unitOfWork) {
      this.unitOfWork = unitOfWork;
    }
    async transfer(caller, body, key) {
      const params = transferParams(body, key, `bench:user:${caller.userId}`);
      if (!params) throw invalid();
      const rows = await this.unitOfWork.run((tx) => tx.$queryRawUnsafe(TRANSFER_SQL, ...params));
      const { status, body: result } = transferAnswer(rows[0]);
      if (status !== 201) throw new InsufficientFundsError(0n, BigInt(params[2]), usd, '');
      return result;
    }
  }
  Controller('api/v1/wallets')(TransferController);
  Reflect.defineMetadata('design:paramtypes', [UnitOfWork], TransferController);
  decorate(
    TransferController,
    'transfer',
    [
      Post('transfer'),
      RequireScope('transfers:write'),
      HttpCode(201),
      param(0, CurrentCaller()),
      param(1, Body()),
      param(2, IdempotencyKey()),
    ],
    [Object, TransferRequest, Object],
  );
  return productBase(config, { imports: [], controllers: [TransferController] });
}

/**
 * (f) + idempotency, the ledger's rules and the outbox: rung e's modules plus MetricsModule,
 * WebhooksModule, the LEDGER_EVENTS binding (the webhook outbox), WalletsModule and MovementsModule, as
 * AppModule imports them; the route is the product's WalletsController.transfer.
 */
function ledgerRung(config) {
  const { MetricsModule } = product('metrics/metrics.module.js');
  const { WebhooksModule } = product('webhooks/webhooks.module.js');
  const { WebhookOutbox } = product('webhooks/webhook-outbox.js');
  const { LEDGER_EVENTS } = product('transactions/ledger-events.port.js');
  const { WalletsModule } = product('wallets/wallets.module.js');
  const { MovementsModule } = product('transactions/movements/movements.module.js');
  class LedgerEventsBinding {}
  Module({})(LedgerEventsBinding);
  return productBase(config, {
    imports: [
      MetricsModule,
      WebhooksModule,
      {
        module: LedgerEventsBinding,
        global: true,
        imports: [WebhooksModule],
        providers: [
          { provide: LEDGER_EVENTS, useFactory: (...listeners) => listeners, inject: [WebhookOutbox] },
        ],
        exports: [LEDGER_EVENTS],
      },
      WalletsModule,
      MovementsModule,
    ],
    controllers: [],
  });
}

/** The Nest application of rung c, d, e or f, not yet listening; `close()` also ends what it made. */
export async function nestApp(rung, { databaseUrl, poolSize, scope }) {
  const nest = { logger: ['error', 'warn'] };
  if (rung === 'c') {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
    const app = await NestFactory.create(pgRung(pool, scope), { ...nest, bodyParser: true });
    const close = async () => {
      await app.close();
      await pool.end();
    };
    return { app, close };
  }
  if (rung === 'd') {
    const { PrismaClient } = product('generated/prisma/client.js');
    const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
    const { loadConfig } = product('config/config.js');
    const { dbConnectTimeoutMs } = loadConfig({ ...process.env, DATABASE_URL: databaseUrl });
    const options = { maxWait: dbConnectTimeoutMs, timeout: 15_000 };
    const app = await NestFactory.create(prismaRung(prisma, scope, options), { ...nest, bodyParser: true });
    const close = async () => {
      await app.close();
      await prisma.$disconnect();
    };
    return { app, close };
  }
  const { loadConfig } = product('config/config.js');
  const { ProblemDetailsFilter } = product('common/http/problem-details.filter.js');
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl });
  const module = rung === 'e' ? authRung(config) : ledgerRung(config);
  // As the product: no Nest body parser, JsonBodyMiddleware reads bodies; problems through its filter.
  const app = await NestFactory.create(module, { ...nest, bodyParser: false });
  app.useGlobalFilters(new ProblemDetailsFilter());
  return { app, close: () => app.close() };
}
