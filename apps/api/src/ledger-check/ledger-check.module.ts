import { Module } from '@nestjs/common';
import { LedgerCheckService } from './ledger-check.service';

@Module({ providers: [LedgerCheckService], exports: [LedgerCheckService] })
export class LedgerCheckModule {}
