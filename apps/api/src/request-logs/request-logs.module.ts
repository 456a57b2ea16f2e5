import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { RequestLogMiddleware } from './request-log.middleware';
import { RequestLogRetention } from './request-log-retention';
import { RequestLogWriter } from './request-log-writer';
import { RequestLogsController } from './request-logs.controller';
import { RequestLogsRepository } from './request-logs.repository';
import { RequestLogsService } from './request-logs.service';

/** The request log of API keys: noted on every request, written in batches, listed, kept 30 days. */
@Module({
  controllers: [RequestLogsController],
  providers: [RequestLogsRepository, RequestLogsService, RequestLogWriter, RequestLogRetention],
  exports: [RequestLogWriter, RequestLogRetention],
})
export class RequestLogsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLogMiddleware).forRoutes('*path');
  }
}
