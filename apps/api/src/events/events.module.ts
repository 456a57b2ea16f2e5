import { Module } from '@nestjs/common';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';
import { LedgerListener } from './ledger-listener';

@Module({
  controllers: [EventsController],
  providers: [EventsRepository, EventsService, LedgerListener],
  exports: [EventsService],
})
export class EventsModule {}
